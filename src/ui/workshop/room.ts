import { mergeActors } from '../../domain/mergeActors';
import { edit } from '../../state/documentStore';
import { modeStore, type Workshop } from '../../state/modeStore';
import { syncStore } from '../../state/syncStore';

const patchWorkshop = (patch: (w: Workshop) => Partial<Workshop>) =>
  modeStore.setState((s) =>
    s.workshop ? { workshop: { ...s.workshop, ...patch(s.workshop) } } : {},
  );

/**
 * Invites the room (issue 17): shares the map first when `share` is given (server and access
 * key), then asks the server for a workshop code. Throws the server's refusal.
 */
export async function inviteTheRoom(share?: { server: string; accessKey: string }): Promise<void> {
  const control = syncStore.getState().control;
  if (!control) throw Object.assign(new Error('unreachable'), { code: 'unreachable' });
  if (share) await control.share(share.server, share.accessKey);
  const code = await control.invite();
  const link = control.roomLink(code);
  patchWorkshop(() => ({ room: { code, link, shown: true } }));
}

export const showRoomLink = (shown: boolean) =>
  patchWorkshop((w) => (w.room ? { room: { ...w.room, shown } } : {}));

/** Ends the workshop code on the server: the link stops working and the phones are told. */
export async function endTheRoom(): Promise<void> {
  const room = modeStore.getState().workshop?.room;
  if (!room) return;
  await syncStore.getState().control?.endInvite();
  patchWorkshop(() => ({ room: null }));
}

/** Merges a likely duplicate into the actor kept: one edit, undone in one step. */
export function mergeDuplicate(keepId: string, dropId: string): boolean {
  const done = edit((d, meta) => mergeActors(d, keepId, dropId, meta));
  if (done) patchWorkshop((w) => ({ merged: (w.merged ?? 0) + 1 }));
  return done === true;
}
