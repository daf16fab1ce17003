import { bounded } from './quote';
import type { ImportProblem } from './types';

/** Thrown inside a parser for a structural error; `parseImport` turns it into its result. */
export class ImportFailure extends Error {
  readonly problem: ImportProblem;
  constructor(problem: ImportProblem) {
    super(problem.code);
    this.problem = bounded(problem);
  }
}

export const fail = (problem: ImportProblem): never => {
  throw new ImportFailure(problem);
};
