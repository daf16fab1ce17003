/**
 * Mutations of a valid file, as fast-check recipes: a recipe is data (so a failing case shrinks
 * and prints), applied to the seed by `mutate`. Text formats are mutated as text, aware of their
 * tokens (JSON values, XML attributes and text, CSV cells); JSON also as a tree; XLSX by mutating
 * one XML part inside the zip and zipping it again, or the zip bytes themselves.
 */
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import type { ImportFile } from '../../src/io/import';
import type { FuzzFormat } from './seeds';

const RESERVED = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const NUMBERS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '-1e309',
  '1e-400',
  '0x10',
  '3',
  '99999999999999999999',
  '4.5',
  '-1',
  '',
  ' ',
  '1,5',
  '٣',
  '1_000',
];
const DATES = [
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  '2026-13-01',
  '31.12.2026',
  '1.1.70',
  '2026-1-1',
  '+275760-09-13',
  '-000001-01-01',
  '2026-06-01T25:61:61Z',
  '45000',
];
const TEXT = [
  '\u202Eevil\u202C',
  'שלום עולם',
  'مرحبا',
  '\u200B',
  '\u200D\u200D',
  '\uFEFF',
  '\u0000',
  '\uD800',
  '\uDFFF',
  'e\u0301',
  '👩‍👧',
  '<',
  '&',
  '&amp;',
  ']]>',
  '"',
  "'",
  ';',
  ',',
  '\t',
  '\r\n',
  '\\',
  '=cmd|',
  '+47 12 34 56 78',
  '<![CDATA[x]]>',
  '<?x?>',
  '<!-- -->',
];

/** A value a file should not contain, or only just may. */
export const nastyValue = fc.oneof(
  fc.constantFrom(...RESERVED, ...NUMBERS, ...DATES, ...TEXT),
  fc
    .record({
      unit: fc.constantFrom(...TEXT, 'A', 'æ'),
      times: fc.constantFrom(1_000, 50_000, 400_000),
    })
    .map(({ unit, times }) => unit.repeat(times)),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Nesting this deep breaks naive recursive parsers and validators. */
const DEPTHS = [64, 1_000, 20_000] as const;

type Op =
  | { op: 'truncate'; at: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number; times: number }
  | { op: 'insert'; at: number; snippet: string }
  | { op: 'deep'; at: number; depth: number; closed: boolean }
  | { op: 'token'; which: number; value: string; escaped: boolean }
  | { op: 'flip'; at: number; char: string };

// Unbiased: fast-check would otherwise favour 0 and 1, the file's very start and end.
const at = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('delete' as const), at, length: fc.nat(400) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('duplicate' as const),
      at,
      length: fc.nat(600),
      times: fc.integer({ min: 1, max: 200 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('insert' as const), at, snippet: nastyValue }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('deep' as const),
      at,
      depth: fc.constantFrom(...DEPTHS),
      closed: fc.boolean(),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      op: fc.constant('token' as const),
      which: fc.nat(),
      value: nastyValue,
      escaped: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('flip' as const),
      at,
      char: fc.constantFrom(
        '<',
        '>',
        '"',
        "'",
        '&',
        '/',
        ';',
        ',',
        '\n',
        '{',
        '}',
        '[',
        ']',
        ':',
        '\u0000',
        '\uD800',
      ),
    }),
  },
);

/** JSON as a tree: replace one value, or rename one key, anywhere in the document. */
type TreeOp =
  | { op: 'set'; which: number; idsOnly: boolean; value: JsonSpec }
  | { op: 'rename'; which: number; key: string };

/** Kept as a description, built when applied: fast-check prints recipes, and deep values overflow it. */
type JsonSpec = { plain: unknown } | { deep: number } | { numbers: number } | { pollute: true };

const jsonValue: fc.Arbitrary<JsonSpec> = fc.oneof(
  nastyValue.map((plain) => ({ plain })),
  fc
    .constantFrom(null, true, 0, -0, 1e308, -1, 3.5, 2 ** 53 + 1, [], {})
    .map((plain) => ({ plain })),
  fc.constantFrom(...DEPTHS).map((deep) => ({ deep })),
  fc.constantFrom(1_000, 100_000).map((numbers) => ({ numbers })),
  fc.constant({ pollute: true as const }),
);

function build(spec: JsonSpec): unknown {
  if ('deep' in spec) return JSON.parse(`${'['.repeat(spec.deep)}${']'.repeat(spec.deep)}`);
  if ('numbers' in spec) return Array.from({ length: spec.numbers }, (_, i) => i);
  if ('pollute' in spec) {
    return JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}}}');
  }
  return spec.plain;
}

const treeOpArb: fc.Arbitrary<TreeOp> = fc.oneof(
  fc.record({
    op: fc.constant('set' as const),
    which: fc.nat(),
    idsOnly: fc.boolean(),
    value: jsonValue,
  }),
  fc.record({
    op: fc.constant('rename' as const),
    which: fc.nat(),
    key: fc.constantFrom(...RESERVED, '', 'x'),
  }),
);

export interface Recipe {
  /** Which of the seed's files (CSV has two; XLSX parts are chosen by `part`). */
  file: number;
  part: number;
  /** XLSX: mutate the zip bytes instead of one XML part; JSON: apply the text ops too. */
  raw: boolean;
  tree: TreeOp[];
  ops: Op[];
}

export const recipeArb: fc.Arbitrary<Recipe> = fc.record({
  file: fc.nat(1),
  part: fc.nat(),
  raw: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  tree: fc.array(treeOpArb, { maxLength: 3 }),
  ops: fc.array(opArb, { minLength: 1, maxLength: 4 }),
});

const TOKENS: Record<'json' | 'csv', RegExp> = {
  json: /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g,
  csv: /[^;,\r\n"]+/g,
};
type TextKind = Exclude<FuzzFormat, 'xlsx'>;

/**
 * Attribute values and text between tags, found with indexOf. A regex (`>[^<]+<`) went
 * quadratic when a long value full of '>' was cut before its next '<': one case ran for hours.
 */
function xmlSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    const quote = text.indexOf('="', i);
    const close = text.indexOf('>', i);
    if (quote < 0 && close < 0) break;
    if (quote >= 0 && (close < 0 || quote < close)) {
      const end = text.indexOf('"', quote + 2);
      if (end < 0) break;
      spans.push([quote + 2, end]);
      i = end + 1;
    } else {
      const end = text.indexOf('<', close + 1);
      if (end < 0) break;
      if (end > close + 1) spans.push([close + 1, end]);
      i = end;
    }
  }
  return spans;
}

/** [start, end) of each token in the text. */
function tokenSpans(kind: TextKind, text: string): [number, number][] {
  if (kind === 'gexf' || kind === 'graphml') return xmlSpans(text);
  return [...text.matchAll(TOKENS[kind])].map((m) => [m.index, m.index + m[0].length]);
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function escapeFor(kind: TextKind, value: string, token: string): string {
  if (kind === 'json') return token.startsWith('"') ? JSON.stringify(value) : value;
  if (kind === 'csv') return `"${value.replace(/"/g, '""')}"`;
  return xmlEscape(value);
}

function deep(kind: TextKind, depth: number, closed: boolean): string {
  if (kind === 'json') return `${'['.repeat(depth)}${closed ? ']'.repeat(depth) : ''}`;
  if (kind === 'csv') return closed ? ';'.repeat(depth) : '"'.repeat(depth);
  return `${'<edge>'.repeat(depth)}${closed ? '</edge>'.repeat(depth) : ''}`;
}

const cut = (length: number, f: number) => Math.floor(f * length);

function applyOp(kind: TextKind, text: string, o: Op): string {
  switch (o.op) {
    case 'truncate':
      return text.slice(0, cut(text.length, o.at));
    case 'delete': {
      const i = cut(text.length, o.at);
      return text.slice(0, i) + text.slice(i + o.length);
    }
    case 'duplicate': {
      const i = cut(text.length, o.at);
      const piece = text.slice(i, i + o.length);
      return text.slice(0, i) + piece.repeat(o.times) + text.slice(i);
    }
    case 'insert': {
      const i = cut(text.length, o.at);
      return text.slice(0, i) + o.snippet + text.slice(i);
    }
    case 'deep': {
      const i = cut(text.length, o.at);
      return text.slice(0, i) + deep(kind, o.depth, o.closed) + text.slice(i);
    }
    case 'flip': {
      const i = cut(text.length, o.at);
      return text.slice(0, i) + o.char + text.slice(i + 1);
    }
    case 'token': {
      const spans = tokenSpans(kind, text);
      const span = spans.length ? spans[o.which % spans.length] : undefined;
      if (!span) return text;
      const [start, end] = span;
      const value = o.escaped ? escapeFor(kind, o.value, text.slice(start, end)) : o.value;
      return text.slice(0, start) + value + text.slice(end);
    }
  }
}

const ID_KEYS = new Set(['id', 'mapId', 'sourceId', 'targetId', 'collaborationId', 'focalActorId']);

/** Every (parent, key) of a JSON tree in pre-order; `idsOnly` keeps the id and reference fields. */
function slots(root: unknown, idsOnly: boolean): [Record<string, unknown>, string][] {
  const out: [Record<string, unknown>, string][] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (!idsOnly || ID_KEYS.has(key)) out.push([obj, key]);
      walk(obj[key]);
    }
  };
  walk(root);
  return out;
}

function applyTree(text: string, ops: TreeOp[]): string {
  if (ops.length === 0) return text;
  const root = JSON.parse(text) as unknown;
  try {
    return JSON.stringify(edited(root, ops));
  } catch {
    // Too deep for JSON.stringify: the text mutations still apply.
    return text;
  }
}

function edited(root: unknown, ops: TreeOp[]): unknown {
  for (const o of ops) {
    const all = slots(root, o.op === 'set' && o.idsOnly);
    const slot = all.length ? all[o.which % all.length] : undefined;
    if (!slot) continue;
    const [parent, key] = slot;
    if (o.op === 'set') parent[key] = build(o.value);
    else {
      const value = parent[key];
      delete parent[key];
      Object.defineProperty(parent, o.key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return root;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function mutateText(kind: TextKind, text: string, recipe: Recipe): string {
  if (kind !== 'json') return recipe.ops.reduce((out, o) => applyOp(kind, out, o), text);
  // Text damage mostly ends at the JSON syntax check: one case in five, the rest as a tree.
  const tree = applyTree(text, recipe.tree);
  return recipe.raw ? recipe.ops.reduce((out, o) => applyOp(kind, out, o), tree) : tree;
}

function mutateXlsx(bytes: Uint8Array, recipe: Recipe): Uint8Array {
  if (recipe.raw) return mutateBytes(bytes, recipe);
  const parts = unzipSync(bytes);
  const names = Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));
  const name = names[recipe.part % names.length];
  if (!name) return bytes;
  const xml = decoder.decode(parts[name]);
  parts[name] = encoder.encode(mutateText('gexf', xml, recipe));
  return zipSync(parts);
}

/** Byte-level damage to the zip: the reader must refuse it, not crash. */
function mutateBytes(bytes: Uint8Array, recipe: Recipe): Uint8Array {
  let out = bytes;
  for (const o of recipe.ops) {
    const i = Math.floor(('at' in o ? o.at : 0.5) * out.length);
    if (o.op === 'truncate') out = out.slice(0, i);
    else if (o.op === 'delete')
      out = new Uint8Array([...out.slice(0, i), ...out.slice(i + o.length)]);
    else if (out.length > 0) {
      out = out.slice();
      const j = i % out.length;
      out[j] = (out[j] ?? 0) ^ 0xff;
    }
  }
  return out;
}

export function mutate(
  format: FuzzFormat,
  seed: readonly ImportFile[],
  recipe: Recipe,
): ImportFile[] {
  const index = recipe.file % seed.length;
  return seed.map((f, i) => {
    if (i !== index) return f;
    const bytes =
      format === 'xlsx'
        ? mutateXlsx(f.bytes, recipe)
        : encoder.encode(mutateText(format, decoder.decode(f.bytes), recipe));
    return { name: f.name, bytes };
  });
}
