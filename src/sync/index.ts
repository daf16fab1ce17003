export { createBridge, type SharedBridge, type SharedUpdate } from './bridge';
export { LOCAL_ORIGIN, RECORD_TABLES, TABLES, type Table } from './model';
export { docFromY, type Projection, type RemoteResult, readRemote } from './read';
export { reconcile } from './reconcile';
export { applyLocalChange, type LocalResult, type Prev, seedY } from './write';
