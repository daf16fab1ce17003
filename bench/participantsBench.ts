/**
 * Participants bench page (issue 17): the projector, made of the app's own sharing code. It puts
 * the demo map in the document store, shares it through `openLiveShare` (the Y.Doc seeded on
 * first connect, as the app does), and records, from the document store, the wall-clock moment
 * each new actor or collaboration first appears in the store's map. Driven by
 * suites/participants.mjs; the phones are Node clients (participants/driver.ts).
 */
import demoJson from '../data/samples/eksempel-kommune.samspill-map.json';
import { type LiveShare, openLiveShare } from '../src/app/sync/liveShare';
import type { MapDocument } from '../src/domain/types';
import { restore } from '../src/schema';
import { documentStore, replaceDocument } from '../src/state/documentStore';
import { syncStore } from '../src/state/syncStore';

interface ShareConfig {
  server: string;
  doc: string;
  secret: string;
}

/** Id → `performance.timeOrigin + performance.now()` when the store's map first held it. */
const arrivals: Record<string, number> = {};
const seen = new Set<string>();
let live: LiveShare | null = null;

function note(doc: MapDocument | null): void {
  if (!doc) return;
  const at = performance.timeOrigin + performance.now();
  for (const table of [doc.actors, doc.collaborations]) {
    for (const id of Object.keys(table)) {
      if (seen.has(id)) continue;
      seen.add(id);
      arrivals[id] = at;
    }
  }
}

function until(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (condition()) resolve();
      else if (performance.now() - start > timeoutMs) reject(new Error(`timed out: ${what}`));
      else setTimeout(tick, 10);
    };
    tick();
  });
}

async function share(config: ShareConfig) {
  const restored = restore(demoJson);
  if (!restored.ok) throw new Error('the demo map does not restore');
  const doc = restored.value;
  replaceDocument(doc);
  // What the projector showed before the room joined is not an arrival.
  for (const id of [...Object.keys(doc.actors), ...Object.keys(doc.collaborations)]) seen.add(id);
  documentStore.subscribe((state, prev) => {
    if (state.doc !== prev.doc) note(state.doc);
  });
  live = openLiveShare({ mapId: doc.map.id, role: 'edit', ...config });
  await until(
    () => {
      const s = syncStore.getState();
      return live?.bridge() != null && s.state === 'online' && s.waiting === 0;
    },
    'the map to be shared',
    30_000,
  );
  return {
    mapId: doc.map.id,
    actors: Object.keys(doc.actors).length,
    collaborations: Object.keys(doc.collaborations).length,
    // The page's clock against Date.now(), which the phones stamp their entries with.
    clockSkewMs: Date.now() - (performance.timeOrigin + performance.now()),
  };
}

/** The projector's store at the end: entries by phones, and whether sharing stayed healthy. */
function final() {
  const doc = documentStore.getState().doc;
  const fromPhones = (rows: Record<string, { addedBy?: string }>) =>
    Object.values(rows).filter((r) => r.addedBy !== undefined).length;
  const sync = syncStore.getState();
  return {
    actors: doc ? fromPhones(doc.actors) : 0,
    collaborations: doc ? fromPhones(doc.collaborations) : 0,
    people: new Set(
      doc
        ? Object.values(doc.actors)
            .map((a) => a.addedBy)
            .filter(Boolean)
        : [],
    ).size,
    syncState: sync.state,
    syncReason: sync.reason,
    dropped: sync.dropped,
  };
}

declare global {
  interface Window {
    samspillParticipantsBench?: {
      share: typeof share;
      count: (ids: string[]) => number;
      arrivals: () => Record<string, number>;
      final: typeof final;
      close: () => void;
    };
  }
}

window.samspillParticipantsBench = {
  share,
  count: (ids) => ids.filter((id) => arrivals[id] !== undefined).length,
  arrivals: () => arrivals,
  final,
  close: () => live?.close(),
};
