/** What tests, the bench and the app's E2E use from the sync server. */
export type { IssuedLinks, Role } from './auth';
export { readConfig, type SyncServerOptions } from './config';
export type { SyncContext } from './messageGuard';
export {
  ACCESS_CLOSE_CODE,
  LIMIT_CLOSE_CODE,
  Refusal,
  type RefusalReason,
  TOO_MANY_CODE,
} from './refusals';
export { type RunningSyncServer, startSyncServer } from './syncServer';
export { encodeJoinToken, parseJoinToken } from './token';
