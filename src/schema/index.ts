export { LIMITS } from './limits';
export { formatPath, type RestoreError, type RestoreErrorCode, restore, toSaved } from './restore';
export { MAP_FORMAT, type SavedMap, SCHEMA_VERSION, templateSchema } from './schemas';
