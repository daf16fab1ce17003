import type { ImportProblem } from './types';

/** Thrown inside a parser for a structural error; `parseImport` turns it into its result. */
export class ImportFailure extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.code);
  }
}

export const fail = (problem: ImportProblem): never => {
  throw new ImportFailure(problem);
};
