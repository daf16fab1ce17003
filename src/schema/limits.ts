/** The caps live in the domain, so the UI can show them without importing the schema. */
export { LIMITS } from '../domain/limits';
