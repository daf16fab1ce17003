/** Nynorsk texts for import, data export, backups and the problems an import can report. */

import type { ioNb } from './io.nb';
import type { Messages } from './messages';

export const ioNn: Messages<typeof ioNb> = {
  importer: {
    button: 'Importer',
    fileInput: 'Vel filer å importere',
    dropTitle: 'Slepp filene for å importere dei',
    dropHint: 'Tryggingskopi frå Samspill (.samspill.json), CSV, Excel (.xlsx), GEXF eller GraphML',
    progressTitle: 'Importerer',
    reading: 'Les {{files}} …',
    progress: 'Framdrift',
    cancel: 'Avbryt',
    cancelled: 'Importen er avbroten. Ingenting er endra.',
    previewTitle: 'Førehandsvising av import',
    errorTitle: 'Kan ikkje importere',
    nothingWritten: 'Ingenting er importert eller endra.',
    close: 'Lukk',
    files: 'Filer: {{files}}',
    countsCaption: 'Dette skjer ved import',
    what: 'Kva',
    add: 'Blir lagt til',
    update: 'Blir oppdatert',
    skip: 'Uendra',
    actors: 'Aktørar',
    collaborations: 'Samarbeid',
    matched_one: 'Kjent att i kartet ({{count}} aktør)',
    matched_other: 'Kjende att i kartet ({{count}} aktørar)',
    match: '{{incoming}} → {{existing}}',
    matchBy: { id: 'same ID', name: 'same namn', focal: 'kulturskulen' },
    warnings_one: '{{count}} åtvaring',
    warnings_other: '{{count}} åtvaringar',
    moreWarnings: '… og {{count}} til.',
    andMore: '{{list}} … og {{more}} til',
    endsFound_one: '{{count}} namn i Frå/Til vart funne blant aktørane i kartet: {{names}}',
    endsFound_other: '{{count}} namn i Frå/Til vart funne blant aktørane i kartet: {{names}}',
    mode: 'Kvar skal dataa?',
    modeNew: 'Nytt kart',
    modeMerge: 'Slå saman med dette kartet ({{name}})',
    mapName: 'Namn på det nye kartet',
    focal: 'Kva aktør er kulturskulen?',
    focalNone: 'Ingen (vel seinare)',
    focalHint: 'Fila seier ikkje kva aktør som er kulturskulen. Gapanalysen treng han.',
    focalSearch: 'Skriv eit namn og vel det frå lista. Tomt: ingen (vel seinare).',
    focalChosen: 'Vald: {{name}}',
    createMap: 'Opprett kartet',
    merge: 'Slå saman',
    restore: 'Gjenopprett',
    nativeIntro_one: 'Fila inneheld {{count}} kart. Det blir lagt til som eit nytt kart.',
    nativeIntro_other: 'Fila inneheld {{count}} kart. Dei blir lagde til som nye kart.',
    exportedAt: 'Tryggingskopien er frå {{date}}.',
    nativeMap:
      '{{name}}: {{actors}} aktørar, {{collaborations}} samarbeid, {{snapshots}} lagra versjonar',
    exists: '«{{name}}» finst allereie her og blir lagt til som kopi. Ingenting blir skrive over.',
    mergedDone:
      'Importert: {{added}} nye aktørar, {{updated}} oppdaterte, {{links}} nye samarbeid. Ctrl+Z angrar.',
    newMapDone: 'Kartet «{{name}}» er importert.',
    restored_one: '{{count}} kart er gjenoppretta.',
    restored_other: '{{count}} kart er gjenoppretta.',
    copies: '{{names}} fanst allereie og vart lagde til som kopi.',
    failed: 'Importen gjekk ikkje, og ingenting er lagra: {{reason}}',
    writing: 'Lagrar det nye kartet … Avbryt stoppar det, og ingenting blir lagra.',
    planning: 'Finn ut kva importen gjer …',
    pasteAdded_one: '{{count}} aktør er lagt til.',
    pasteAdded_other: '{{count}} aktørar er lagde til.',
    pasteExisting_one: '{{count}} fanst allereie i kartet.',
    pasteExisting_other: '{{count}} fanst allereie i kartet.',
  },
  where: {
    sheet: 'ark «{{sheet}}»',
    row: 'rad {{row}}',
    line: 'linje {{line}}',
    column: 'kolonne «{{field}}»',
    field: 'felt «{{field}}»',
  },
  tableKind: { actors: 'aktørar', collaborations: 'samarbeid' },
  problem: {
    'no-files': 'Ingen filer er valde.',
    aborted: 'Importen vart avbroten.',
    'file-too-large': '{{where}}: Fila er for stor (meir enn {{limit}}).',
    'empty-file': '{{where}}: Fila er tom.',
    'unknown-format':
      '{{where}}: Ukjend filformat. Samspill les .samspill.json, CSV, Excel (.xlsx), GEXF og GraphML.',
    'xls-not-supported':
      '{{where}}: Det gamle Excel-formatet (.xls) kan ikkje lesast. Lagre fila som .xlsx eller CSV og prøv på nytt.',
    'mixed-formats':
      '{{where}}: Filene har ulike format. Importer éin tryggingskopi, CSV- eller Excel-filer, eller éi GEXF- eller GraphML-fil om gongen.',
    'duplicate-table': '{{where}}: Det er meir enn éin tabell med {{value}}.',
    'unknown-columns':
      '{{where}}: Fann ikkje kolonnane som trengst. Ein aktørtabell treng «Namn» (eller «Label»), ein samarbeidstabell «Frå» og «Til». Kolonnar i fila: {{value}}.',
    'parse-error': '{{where}}: Fila kan ikkje lesast som CSV ({{value}}).',
    'invalid-json': '{{where}}: Fila er ikkje gyldig JSON.',
    'invalid-xlsx':
      '{{where}}: Fila er ikkje ei Excel-arbeidsbok (.xlsx) som kan lesast: zip-innhaldet manglar eller er skadd.',
    'xlsx-encrypted':
      '{{where}}: Arbeidsboka er verna med passord. Lagre ein kopi utan passord og prøv på nytt.',
    'xlsx-too-large':
      '{{where}}: Arbeidsboka blir pakka ut til meir enn {{limit}} MB (den største delen er «{{value}}»). Ho blir avvist for å verne nettlesaren.',
    'xlsx-compression-ratio':
      '{{where}}: Arbeidsboka er pakka saman meir enn {{limit}} gonger (mest «{{value}}»), slik ei zip-bombe er. Ho blir avvist av omsyn til tryggleiken.',
    'xlsx-damaged-part':
      '{{where}}: Delen «{{value}}» i arbeidsboka er skadd eller pakka på ein måte Samspill ikkje kan lese.',
    'xlsx-missing-part': '{{where}}: Arbeidsboka manglar delen «{{value}}».',
    'xlsx-missing-relationship':
      '{{where}}: Arket viser til relasjonen «{{value}}», som arbeidsboka ikkje har.',
    'xlsx-cell-reference':
      '{{where}}: «{{value}}» er ikkje ei celle eit Excel-ark kan ha (kolonne A til XFD, rad 1 til 1 048 576).',
    'xlsx-too-many-cells':
      '{{where}}: Arket strekkjer seg over for mange celler, heilt til {{value}} (høgst {{limit}}).',
    'xlsx-damaged': '{{where}}: Arbeidsboka er skadd og kan ikkje lesast («{{value}}»).',
    'xlsx-unreadable':
      '{{where}}: Arbeidsboka er bygd opp på ein måte Samspill ikkje kan lese. Opne ho i Excel, lagre ho på nytt som .xlsx og prøv på nytt.',
    'xml-doctype':
      '{{where}}: XML-fila har ei DOCTYPE- eller ENTITY-erklæring. Slike filer blir avviste av omsyn til tryggleiken.',
    'xml-parse-error': '{{where}}: XML-fila er øydelagd ({{value}}).',
    'xml-too-deep':
      '{{where}}: Elementa i XML-fila ligg for djupt inni kvarandre (høgst {{limit}} nivå).',
    'xml-too-many-elements': '{{where}}: XML-fila har for mange element (høgst {{limit}}).',
    'reserved-attribute':
      '{{where}}: «{{value}}» kan ikkje brukast som namn på ein eigenskap i fila.',
    'graph-unreadable':
      '{{where}}: Nettverket i fila er bygd opp på ein måte Samspill ikkje kan lese. Opne fila i Gephi eller yEd, lagre ho på nytt og prøv igjen.',
    'invalid-graph': '{{where}}: Nettverket i fila kan ikkje lesast ({{value}}).',
    'missing-id': '{{where}}: Ein node eller ein kant manglar id.',
    'empty-end': '{{where}}: Kanten har ingen verdi her; eit samarbeid treng begge endane.',
    'missing-node': '{{where}}: «{{value}}» finst ikkje blant aktørane i fila.',
    'missing-actor':
      '{{where}}: «{{value}}» finst ikkje blant aktørane i fila. Han finst heller ikkje i kartet.',
    'reserved-id': '{{where}}: «{{value}}» kan ikkje brukast som ID eller namn på ein aktør her.',
    'duplicate-id': '{{where}}: ID-en «{{value}}» er brukt meir enn éin gong.',
    'too-many-actors': '{{where}}: For mange aktørar (høgst {{limit}}).',
    'too-many-collaborations': '{{where}}: For mange samarbeid (høgst {{limit}}).',
    'too-many-columns': '{{where}}: For mange ekstra kolonnar (høgst {{limit}}).',
    'too-many-values': '{{where}}: For mange verdiar i éi celle (høgst {{limit}}).',
    'too-many': '{{where}}: For mange oppføringar.',
    'too-long': '{{where}}: Teksten er for lang.',
    'newer-version':
      '{{where}}: Fila er laga av ein nyare versjon av Samspill. Last inn sida på nytt for å oppdatere, og prøv igjen.',
    'wrong-format': '{{where}}: Fila er ikkje ei Samspill-fil.',
    'bad-version': '{{where}}: Ugyldig versjonsnummer.',
    'invalid-field': '{{where}}: Ugyldig verdi.',
    'missing-reference': '{{where}}: Viser til «{{value}}», som ikkje finst i fila.',
    'not-object': '{{where}}: Innhaldet er ikkje eit Samspill-kart.',
    'encoding-fallback':
      '{{where}}: Fila er ikkje UTF-8 og er lesen som {{value}}. Sjekk at æ, ø og å ser rette ut.',
    'duplicate-column': '{{where}}: Kolonnen finst to gonger. Berre den første blir brukt.',
    'reserved-name': '{{where}}: Kolonnenamnet kan ikkje brukast, og kolonnen blir hoppa over.',
    'missing-name': '{{where}}: Rada har ikkje noko namn og blir hoppa over.',
    'missing-endpoint': '{{where}}: Samarbeidet manglar «Frå» eller «Til» og blir hoppa over.',
    'unknown-kind': '{{where}}: Ukjend art «{{value}}». Aktøren blir ein organisasjon.',
    'unknown-type': '{{where}}: Ukjend type «{{value}}». Aktøren får ein eigendefinert type.',
    'unknown-sector': '{{where}}: Den ukjende sektoren «{{value}}» blir ikkje brukt.',
    'sector-mismatch':
      '{{where}}: Sektoren «{{value}}» passar ikkje til typen. Sektoren til typen blir brukt.',
    'unknown-purpose': '{{where}}: Det ukjende føremålet «{{value}}» blir hoppa over.',
    'unknown-age-group': '{{where}}: Den ukjende aldersgruppa «{{value}}» blir hoppa over.',
    'unknown-role': '{{where}}: Den ukjende rolla «{{value}}» blir hoppa over.',
    'invalid-score': '{{where}}: «{{value}}» er ikkje eit tal frå 1 til 5 og blir ikkje brukt.',
    'invalid-position': '{{where}}: Ugyldig posisjon. Aktøren blir plassert automatisk.',
    'invalid-strength':
      '{{where}}: Den ugyldige styrken «{{value}}» blir ikkje brukt (1–3 eller svak, middels, sterk).',
    'invalid-status': '{{where}}: Den ukjende statusen «{{value}}» blir ikkje brukt.',
    'invalid-date':
      '{{where}}: Den ugyldige datoen «{{value}}» blir ikkje brukt (skriv dd.mm.åååå eller åååå-mm-dd).',
    'ambiguous-name':
      '{{where}}: «{{value}}» passar til fleire aktørar i fila. Den første blir brukt.',
    'self-link': '{{where}}: Eit samarbeid frå ein aktør til seg sjølv blir hoppa over.',
    'ignored-sheet':
      '{{where}}: Arket ser ikkje ut som ein aktør- eller samarbeidstabell og blir ikkje lese.',
    'ambiguous-match':
      '{{where}}: «{{value}}» passar til fleire aktørar i kartet og blir lagd til som ein ny aktør.',
    'damaged-maps-skipped':
      '{{where}}: Tryggingskopien har dei lagra radene til {{value}} kart som ikkje kunne lesast då han vart laga. Dei ligg i fila, men blir ikkje importerte.',
    unknown: '{{where}}: Uventa feil ({{code}}: {{value}}).',
  },
  data: {
    heading: 'Data',
    backupAll: 'Tryggingskopi av alle kart (.samspill.json)',
    mapJson: 'Dette kartet (.samspill.json)',
    csv: 'CSV (aktørar + samarbeid)',
    xlsx: 'Excel (.xlsx)',
    gexf: 'GEXF (Gephi)',
    graphml: 'GraphML',
    backupNote: 'Alle kart med lagra versjonar i éi fil. Ho kan importerast att med «Importer».',
    csvNote: 'To filer blir lasta ned: éi med aktørar og éi med samarbeid.',
    privacy: 'Fila kan innehalde kontaktopplysningar om personar. Del ho med omtanke.',
    unreadable:
      'Desse karta kunne ikkje lesast. Radene deira er med slik dei var lagra, men kan ikkje importerast: {{names}}',
  },
  backup: {
    region: 'Påminning om tryggingskopi',
    never: 'Du har ikkje teke tryggingskopi av karta enno.',
    old: 'Du har endra karta sidan den siste tryggingskopien ({{date}}).',
    why: 'Dataa ligg berre i denne nettlesaren.',
    now: 'Ta tryggingskopi no',
    later: 'Ikkje no',
    done: 'Tryggingskopien er lasta ned: {{file}}',
  },
  customFields: {
    heading: 'Eigne felt',
    hint: 'Kolonnar frå ei importert fil. Dei blir viste her og eksporterte att.',
  },
};
