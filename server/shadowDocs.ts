import * as Y from 'yjs';
import { ensureTables } from '../src/sync/model';

/**
 * A copy of each shared document that participant updates are tried on (participantRights.ts).
 * Copying the whole document for every phone's entry made the check grow with the map; the copy
 * follows the document's own updates instead, so a check costs about as much as the update. A
 * refused update stays in the copy, so the copy is then dropped and made again when next needed.
 */
interface Shadow {
  copy: Y.Doc;
  follow: (update: Uint8Array) => void;
}

const shadows = new WeakMap<Y.Doc, Shadow>();

export function shadowOf(doc: Y.Doc): Y.Doc {
  let shadow = shadows.get(doc);
  if (!shadow) {
    const copy = new Y.Doc({ gc: false });
    ensureTables(copy);
    Y.applyUpdateV2(copy, Y.encodeStateAsUpdateV2(doc));
    // What the document takes in, the copy takes in too; what it already has changes nothing.
    const follow = (update: Uint8Array) => Y.applyUpdate(copy, update);
    doc.on('update', follow);
    shadow = { copy, follow };
    shadows.set(doc, shadow);
  }
  return shadow.copy;
}

/** The copy holds something the document refused: it is made again from the document. */
export function dropShadow(doc: Y.Doc): void {
  const shadow = shadows.get(doc);
  if (!shadow) return;
  doc.off('update', shadow.follow);
  shadow.copy.destroy();
  shadows.delete(doc);
}
