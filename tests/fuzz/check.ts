/**
 * One fuzz case: import the files as the app does (parse, then plan a new map or a merge) and
 * judge the outcome. A case passes when it is refused with a well-formed problem, or accepted
 * with a document that `restore()` takes back and whose every reference is an own property;
 * it fails on an exception, a malformed problem, a broken document or a changed prototype.
 */
import type { MapDocument } from '../../src/domain/types';
import { type ImportFile, type ImportProblem, parseImport, planImport } from '../../src/io/import';
import { restore, toSaved } from '../../src/schema';
import { problemText, type Translate } from '../../src/ui/import/problems';
import { testMeta } from '../fixtures/meta';
import { translators } from '../fixtures/translators';
import { template } from '../io/formats/arbitrary';

export type Verdict = 'accepted' | 'refused' | 'exception' | 'bad-problem' | 'bad-document';

export interface Outcome {
  verdict: Verdict;
  ms: number;
  /** The problem code of a refusal, or what went wrong. */
  detail: string;
  /** Keys of Object.prototype or Array.prototype that the case added, removed or changed. */
  prototype: string[];
}

const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);
/** Generous: the longest sentence with an ~80-character quote, a file name and a place. */
const MAX_MESSAGE = 400;

let both: Translate[] | null = null;

async function translate(): Promise<Translate[]> {
  both ??= Object.values(await translators());
  return both;
}

type Watched = Map<PropertyKey, unknown>;
const WATCHED = [Object.prototype, Array.prototype] as const;

function prototypeState(): Watched[] {
  return WATCHED.map((proto) => {
    const state: Watched = new Map();
    for (const key of Reflect.ownKeys(proto)) {
      state.set(key, Object.getOwnPropertyDescriptor(proto, key)?.value);
    }
    return state;
  });
}

/** What changed since `before`, undoing it so that one polluting case does not taint the next. */
function prototypeChanges(before: Watched[]): string[] {
  const changed: string[] = [];
  WATCHED.forEach((proto, i) => {
    const was = before[i] as Watched;
    for (const key of Reflect.ownKeys(proto)) {
      const value = Object.getOwnPropertyDescriptor(proto, key)?.value;
      if (!was.has(key) || was.get(key) !== value) {
        changed.push(String(key));
        if (!was.has(key)) delete (proto as Record<PropertyKey, unknown>)[key];
      }
    }
  });
  return changed;
}

async function problemFault(
  p: ImportProblem,
  files: readonly ImportFile[],
): Promise<string | null> {
  if (typeof p.code !== 'string' || !p.code) return 'problem without a code';
  if (p.file && !files.some((f) => f.name === p.file))
    return `problem names unknown file ${p.file}`;
  for (const t of await translate()) {
    const text = problemText(p, t, 'nb');
    if (!text.trim()) return `${p.code}: empty message`;
    if (text.length > MAX_MESSAGE) return `${p.code}: message of ${text.length} characters`;
    // "undefined" is a slip of the code unless the file itself said it.
    const quoted = `${p.file} ${p.sheet ?? ''} ${p.field ?? ''} ${p.value ?? ''}`;
    const slip = /undefined/.test(text) && !/undefined/.test(quoted);
    if (slip || /\(\)|«»|“”|\{\{/.test(text)) {
      return `${p.code}: unfilled message «${text.slice(0, 120)}»`;
    }
  }
  return null;
}

function documentFault(doc: MapDocument): string | null {
  const again = restore(JSON.parse(JSON.stringify(toSaved(doc))));
  if (!again.ok) return `restore refuses it: ${again.error.code} at ${again.error.path}`;
  const d = again.value;
  const own = (record: object, id: string) => Object.hasOwn(record, id) && !RESERVED_IDS.has(id);
  for (const record of [d.actors, d.collaborations, d.activities, d.views]) {
    for (const id of Object.keys(record)) if (RESERVED_IDS.has(id)) return `reserved id ${id}`;
  }
  for (const c of Object.values(d.collaborations)) {
    if (!own(d.actors, c.sourceId) || !own(d.actors, c.targetId)) return `link ${c.id} dangles`;
  }
  for (const a of Object.values(d.activities)) {
    if (!own(d.collaborations, a.collaborationId)) return `activity ${a.id} dangles`;
  }
  const focal = d.map.focalActorId;
  if (focal !== null && !own(d.actors, focal)) return 'focal actor is not an own actor';
  return null;
}

type Judged =
  | { verdict: 'refused'; problem: ImportProblem }
  | { verdict: 'accepted' | 'bad-document'; detail: string };

async function judge(files: readonly ImportFile[], target: MapDocument | null): Promise<Judged> {
  const parsed = await parseImport(files, template);
  if (!parsed.ok) return { verdict: 'refused', problem: parsed.error };
  const docs: MapDocument[] = [];
  if (parsed.value.kind === 'native') docs.push(...parsed.value.maps.map((m) => m.doc));
  else {
    const plan = planImport(parsed.value, target, template, testMeta(), { mapName: 'Fuzz' });
    if (!plan.ok) return { verdict: 'refused', problem: plan.error };
    docs.push(plan.value.doc);
  }
  for (const doc of docs) {
    const fault = documentFault(doc);
    if (fault) return { verdict: 'bad-document', detail: fault };
  }
  return { verdict: 'accepted', detail: '' };
}

export async function runCase(
  files: readonly ImportFile[],
  target: MapDocument | null,
): Promise<Outcome> {
  const before = prototypeState();
  const start = performance.now();
  let verdict: Verdict;
  let detail: string;
  try {
    const result = await judge(files, target);
    if (result.verdict === 'refused') {
      const fault = await problemFault(result.problem, files);
      verdict = fault ? 'bad-problem' : 'refused';
      detail = fault ?? result.problem.code;
    } else ({ verdict, detail } = result);
  } catch (e) {
    verdict = 'exception';
    detail = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 200);
  }
  const ms = performance.now() - start;
  return { verdict, ms, detail, prototype: prototypeChanges(before) };
}
