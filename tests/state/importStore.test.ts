/** The import flow through the narrow ImportJobs interface the app provides. */
import { afterEach, describe, expect, it } from 'vitest';
import { kulturskoleTemplate } from '../../src/app/template';
import type { ImportJobs, ParseJob, StartParse } from '../../src/state/importStore';
import { cancelImport, importStore, startImport } from '../../src/state/importStore';

const file = () => new File(['From;To\nA;B\n'], 'samarbeid.csv', { type: 'text/csv' });

/** Jobs whose code loads when `release` is called; records every parse started. */
function slowJobs() {
  const started: string[][] = [];
  let release: () => void = () => {};
  const loaded = new Promise<void>((resolve) => {
    release = resolve;
  });
  const parse: StartParse = (files) => {
    started.push(files.map((f) => f.name));
    const job: ParseJob = { result: new Promise(() => {}), cancel() {} };
    return job;
  };
  const jobs: ImportJobs = {
    load: () => loaded.then(() => parse),
    warm: async () => {},
  };
  return { jobs, started, release };
}

afterEach(() => cancelImport());

describe('the import store', () => {
  it('starts no parse for an import cancelled while its code was loading', async () => {
    const { jobs, started, release } = slowJobs();
    const running = startImport([file()], kulturskoleTemplate, jobs);
    expect(importStore.getState()).toMatchObject({ step: 'reading', files: ['samarbeid.csv'] });
    cancelImport();
    release();
    await running;
    expect(started).toEqual([]);
    expect(importStore.getState().step).toBe('idle');
  });

  it('parses the files through the jobs it is given once their code is loaded', async () => {
    const { jobs, started, release } = slowJobs();
    void startImport([file()], kulturskoleTemplate, jobs);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([['samarbeid.csv']]);
    expect(importStore.getState().step).toBe('reading');
  });
});
