export { LIMITS } from './limits';
export {
  asStoredRows,
  damagedRecords,
  type Repair,
  type RepairKind,
  repair,
  type StoredRows,
  type Vocabulary,
  vocabularyOf,
} from './repair';
export { formatPath, type RestoreError, type RestoreErrorCode, restore, toSaved } from './restore';
export { restoreInSteps } from './restoreInSteps';
export { MAP_FORMAT, type SavedMap, SCHEMA_VERSION, templateSchema } from './schemas';
export { type Pause, STEP_MS, type StepOptions } from './steps';
export { type LoadedMap, type RawMap, restoreStored, restoreStoredInSteps } from './stored';
