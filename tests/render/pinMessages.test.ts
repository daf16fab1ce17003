import { describe, expect, it } from 'vitest';
import { moveActors, setPinned, updateActor, updateCollaboration } from '../../src/domain/commands';
import { headlessView, meta, model, placedMap } from './harness';

describe('pin messages to the layout worker', () => {
  it('a note edit on a map with pinned actors posts none', () => {
    const { doc, ids, links } = placedMap();
    const { view, of } = headlessView();
    view.update(model(doc));
    const before = of('pin').length;
    // The model is rebuilt from scratch, so every position is a new object with the same values.
    const link = links[0] as string;
    const noted = updateCollaboration(doc, link, { notes: 'Ring Kari i mars' }, meta);
    view.update(model(noted));
    view.update(model(updateActor(noted, ids.library, { description: 'Åpent til 20' }, meta)));
    expect(of('pin').length - before).toBe(0);
    view.destroy();
  });

  it('a moved pinned actor posts one, for that actor at its new place', () => {
    const { doc, ids } = placedMap();
    const { view, of } = headlessView();
    view.update(model(doc));
    const before = of('pin').length;
    view.update(model(moveActors(doc, [{ id: ids.band, x: 40, y: 260, pinned: true }], meta)));
    expect(of('pin').slice(before)).toEqual([{ type: 'pin', id: ids.band, x: 40, y: 260 }]);
    view.destroy();
  });

  it('pinning an actor where it stands posts one, unpinning posts one unpin', () => {
    const { doc, ids } = placedMap();
    const { view, of } = headlessView();
    view.update(model(doc));
    const pins = of('pin').length;
    const pinned = setPinned(doc, [ids.school2], true, meta);
    view.update(model(pinned));
    expect(of('pin').slice(pins)).toEqual([{ type: 'pin', id: ids.school2, x: 300, y: 100 }]);
    view.update(model(setPinned(pinned, [ids.school2], false, meta)));
    expect(of('unpin')).toEqual([{ type: 'unpin', id: ids.school2 }]);
    view.destroy();
  });
});
