export { LIMITS } from './limits';
export { formatPath, type RestoreError, type RestoreErrorCode, restore, toSaved } from './restore';
export { MAP_FORMAT, SCHEMA_VERSION, type SavedMap, templateSchema } from './schemas';
