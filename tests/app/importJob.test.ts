/**
 * The import job through the worker protocol: the host (the worker's side) and the page's side
 * joined by a fake Worker that clones every message, as postMessage does. The parsed rows stay
 * with the host; the page gets summaries; the new map is written by the host in one transaction.
 */

import { createImportHost } from '../../src/app/import/importHost';
import { startParse } from '../../src/app/import/importJob';
import type { HostReply, HostRequest } from '../../src/app/import/importProtocol';
import { kulturskoleTemplate } from '../../src/app/template';
import type { Template } from '../../src/domain/types';
import type { Repository } from '../../src/persistence/repository';
import type { ImportJob } from '../../src/state/importStore';
import { openTestStore, type TestStore } from '../persistence/harness';

let store: TestStore;
beforeEach(() => {
  store = openTestStore();
});
afterEach(() => store.repo.close());

interface FakeWorker {
  onmessage: ((event: { data: HostReply }) => void) | null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null;
  postMessage(request: HostRequest): void;
  terminate(): void;
  requests: HostRequest['type'][];
  replies: HostReply[];
  locations: string[];
}

/** The host answers on later tasks, with copies, the way a real worker does. */
function fakeWorker(): FakeWorker {
  const worker: FakeWorker = {
    onmessage: null,
    onerror: null,
    requests: [],
    replies: [],
    locations: [],
    postMessage: (request) => {
      worker.requests.push(request.type);
      setTimeout(() => void handle(structuredClone(request)));
    },
    terminate() {},
  };
  // The host writes through the test store (same database; the failure switch stays with it).
  const openRepo = (location: string): Repository => {
    worker.locations.push(location);
    return { ...store.repo, close() {} };
  };
  const handle = createImportHost(openRepo, (reply) => {
    worker.replies.push(reply);
    setTimeout(() => worker.onmessage?.({ data: structuredClone(reply) }));
  });
  return worker;
}

const ACTORS = 3000;
const sector = kulturskoleTemplate.sectors[0]?.labels.nb;
const csvFiles = () => {
  const actors = ['Navn;Sektor', 'Kulturskolen i Nordby;'];
  for (let i = 1; i < ACTORS; i++) actors.push(`Lag nr. ${i};${sector}`);
  const links = ['Fra;Til;Styrke'];
  for (let i = 1; i < ACTORS; i++) links.push(`Kulturskolen i Nordby;Lag nr. ${i};sterk`);
  return [
    new File([actors.join('\n')], 'aktører.csv'),
    new File([links.join('\n')], 'samarbeid.csv'),
  ];
};

async function parsedJob(worker: FakeWorker, template: Template = kulturskoleTemplate) {
  const result = await startParse(
    csvFiles(),
    template,
    () => {},
    () => worker as unknown as Worker,
  ).result;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const rows = async () => ({
  maps: await store.db.maps.count(),
  actors: await store.db.actors.count(),
  collaborations: await store.db.collaborations.count(),
});

const choice = { mode: 'new' as const, mapName: 'Fra regnearket', focalKey: null };

describe('the import job in a worker', () => {
  let job: ImportJob;
  let worker: FakeWorker;
  beforeEach(async () => {
    worker = fakeWorker();
    job = await parsedJob(worker);
  });

  it('sends the page a summary, not the rows', async () => {
    expect(job.preview).toMatchObject({
      kind: 'graph',
      files: ['aktører.csv', 'samarbeid.csv'],
      actors: ACTORS,
      collaborations: ACTORS - 1,
      needsFocal: false,
      candidates: [],
      warnings: [],
    });
    const parsed = worker.replies.find((r) => r.type === 'parsed');
    // The whole reply is small: no actor or collaboration records cross to the page.
    expect(JSON.stringify(parsed).length).toBeLessThan(1000);
    const plan = await job.plan(choice, null);
    expect(plan.ok && plan.value.counts).toEqual({
      actors: { add: ACTORS, update: 0, skip: 0 },
      collaborations: { add: ACTORS - 1, update: 0, skip: 0 },
    });
  });

  it('writes the planned map from the worker into the page’s store, under the typed name', async () => {
    await job.plan(choice, null);
    const before = await rows();
    const progress: number[] = [];
    const written = await job.createMap(choice, store.repo, {
      onProgress: (f) => progress.push(f),
    });
    if (!written.ok) throw new Error(JSON.stringify(written.error));
    expect(worker.locations).toEqual([store.repo.location]);
    const map = await store.load(written.value);
    expect(map.map.name).toBe('Fra regnearket');
    expect(Object.keys(map.actors)).toHaveLength(ACTORS);
    expect(map.actors[map.map.focalActorId ?? '']?.name).toBe('Kulturskolen i Nordby');
    expect(await rows()).toEqual({
      maps: before.maps + 1,
      actors: before.actors + ACTORS,
      collaborations: before.collaborations + ACTORS - 1,
    });
    expect(progress.at(-1)).toBe(1);
  });

  it('a cancelled write writes nothing and says so', async () => {
    const before = await rows();
    const controller = new AbortController();
    const written = await job.createMap(choice, store.repo, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(worker.requests).toContain('cancel-write');
    expect(written).toEqual({ ok: false, error: { code: 'aborted', file: '' } });
    expect(await rows()).toEqual(before);
  });

  it('a failed write rejects with its cause, and nothing is written', async () => {
    const before = await rows();
    store.failOn('collaborations');
    const error = await job.createMap(choice, store.repo).catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('QuotaExceededError');
    store.failOn(null);
    expect(await rows()).toEqual(before);
  });

  it('hands over the whole graph only when a merge asks for it', async () => {
    expect(worker.replies.some((r) => r.type === 'graph')).toBe(false);
    const graph = await job.graph();
    expect(graph?.actors).toHaveLength(ACTORS);
    expect(graph?.collaborations).toHaveLength(ACTORS - 1);
  });

  it('a worker that stops fails what was asked of it instead of waiting forever', async () => {
    const planning = job.plan(choice, null);
    worker.onerror?.({ message: 'out of memory', preventDefault() {} });
    await expect(planning).rejects.toThrow('out of memory');
  });
});

it('lists the actors to choose the culture school from when the file has none', async () => {
  const template = {
    ...kulturskoleTemplate,
    focal: { ...kulturskoleTemplate.focal, typeId: 'no-such-type', keywords: [] },
  };
  const job = await parsedJob(fakeWorker(), template);
  expect(job.preview.kind === 'graph' && job.preview.needsFocal).toBe(true);
  const candidates = job.preview.kind === 'graph' ? job.preview.candidates : [];
  expect(candidates).toHaveLength(ACTORS);
  expect(candidates[0]).toEqual({ key: expect.any(String), name: 'Kulturskolen i Nordby' });
});
