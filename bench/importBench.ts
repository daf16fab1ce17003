/**
 * Import bench page: a Kumu-style CSV pair (actors + collaborations) through the app's own import
 * job — parse, validate and plan in the import worker, then the new map written from the worker
 * in one Dexie transaction into real IndexedDB — against the same job run on the main thread (the
 * app's fallback without workers). Long tasks are recorded with a PerformanceObserver. Driven by
 * suites/import.mjs.
 */
import templateJson from '../data/templates/kulturskole.json';
import { mulberry32 } from '../src/analysis/layout/prng';
import { startParse, type WorkerFactory, warmWorker } from '../src/app/import/importJob';
import type { Template } from '../src/domain/types';
import { SamspillDb } from '../src/persistence/database';
import { createDexieRepository } from '../src/persistence/dexieRepository';
import { templateSchema } from '../src/schema/schemas';

const template = templateSchema.parse(templateJson) as Template;

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

const SECTORS = template.sectors.map((s) => s.labels.nb);
const STRENGTHS = ['svak', 'middels', 'sterk'];
const STATUSES = ['aktiv', 'planlagt', 'idé', 'på pause', 'avsluttet'];

/** Seeded CSV text: semicolons and Norwegian headers, as a Norwegian Excel would save it. */
function csvPair(actors: number, links: number): File[] {
  const rnd = mulberry32(7);
  const rows = ['Navn;Sektor;Beskrivelse;Stikkord'];
  rows.push('Kulturskolen i Storby;Kulturskole;Fokus;');
  for (let i = 1; i < actors; i++) {
    const sector = SECTORS[i % SECTORS.length];
    rows.push(`Aktør ${i} på Ærøy;${sector};Samarbeid nr. ${i};æøå|test`);
  }
  const links_ = ['Fra;Til;Styrke;Status;Ansvarlig'];
  const seen = new Set<string>();
  while (seen.size < links) {
    const a = Math.floor(rnd() * actors);
    const b = Math.floor(rnd() * actors);
    if (a === b) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const name = (i: number) => (i === 0 ? 'Kulturskolen i Storby' : `Aktør ${i} på Ærøy`);
    links_.push(
      `${name(a)};${name(b)};${STRENGTHS[seen.size % 3]};${STATUSES[seen.size % 5]};Kari Nordmann`,
    );
  }
  return [
    new File([`${rows.join('\r\n')}\r\n`], 'aktører.csv', { type: 'text/csv' }),
    new File([`${links_.join('\r\n')}\r\n`], 'samarbeid.csv', { type: 'text/csv' }),
  ];
}

let run = 0;

async function importOnce(files: File[], createWorker?: WorkerFactory) {
  const repo = createDexieRepository(new SamspillDb(`bench-import-${++run}-${Date.now()}`));
  const from = performance.now();
  const marks: Record<string, number> = {};
  const mark = (k: string) => {
    marks[k] = Math.round(performance.now() - from);
  };
  const parsed = await startParse(
    files,
    template,
    () => marks.firstProgress ?? mark('firstProgress'),
    createWorker,
  ).result;
  mark('parsed');
  if (!parsed.ok) throw new Error(`parse failed: ${JSON.stringify(parsed.error)}`);
  const job = parsed.value;
  // As the dialog does: the preview's plan, then "Create the map" with the name typed.
  const choice = { mode: 'new' as const, mapName: 'Storby', focalKey: null };
  const preview = await job.plan(choice, null);
  if (!preview.ok) throw new Error(`plan failed: ${JSON.stringify(preview.error)}`);
  mark('previewed');
  let progressEvents = 0;
  const written = await job.createMap(choice, repo, { onProgress: () => progressEvents++ });
  if (!written.ok) throw new Error(`write failed: ${JSON.stringify(written.error)}`);
  mark('written');
  const ms = performance.now() - from;
  job.close();
  const loaded = await repo.loadMap(written.value);
  repo.close();
  // Let the last long task be reported before reading the list.
  await new Promise((r) => setTimeout(r, 50));
  const during = longTasks.filter((t) => t.start >= from && t.start <= from + ms);
  return {
    ms: Math.round(ms),
    longestTask: Math.round(Math.max(0, ...during.map((t) => t.duration))),
    longTasks: during.length,
    marks,
    progressEvents,
    tasks: during.map((t) => [Math.round(t.start - from), Math.round(t.duration)]),
    actors: loaded?.ok ? Object.keys(loaded.value.actors).length : 0,
    collaborations: loaded?.ok ? Object.keys(loaded.value.collaborations).length : 0,
    files: files.map((f) => f.size),
  };
}

/**
 * The app's path: the import worker, started as the app starts it when the file picker opens
 * (or files are dragged in), here one second before the files arrive.
 */
async function ours(actors: number, links: number) {
  warmWorker();
  await new Promise((r) => setTimeout(r, 1000));
  return importOnce(csvPair(actors, links));
}

/** Baseline: the same job with no worker, every step on the main thread. */
const mainThread = (actors: number, links: number) => importOnce(csvPair(actors, links), null);

const api = { ours, mainThread };
declare global {
  interface Window {
    samspillImportBench?: typeof api;
  }
}
window.samspillImportBench = api;
