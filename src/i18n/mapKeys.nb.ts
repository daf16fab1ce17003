/** Bokmål texts for the map canvas's keys: the help list and what a screen reader hears. */
export const mapKeysNb = {
  keys: {
    map: {
      arrowsKey: 'Piltastene',
      arrows: 'Gå til nærmeste aktør i den retningen. Første trykk velger kulturskolen.',
      enterKey: 'Enter',
      enter: 'Åpne detaljene om aktøren, klar til å redigere (mellomrom gjør det samme)',
      zoomKey: '+ / −',
      zoom: 'Zoom inn eller ut',
      fitKey: '0',
      fit: 'Vis hele kartet',
      deleteKey: 'Delete / Backspace',
      delete: 'Slett aktøren (Ctrl+Z angrer)',
      escapeKey: 'Esc',
      escape: 'Opphev valget',
      announce_one: '{{name}}, {{type}}, {{count}} samarbeid',
      announce_other: '{{name}}, {{type}}, {{count}} samarbeid',
    },
  },
};
