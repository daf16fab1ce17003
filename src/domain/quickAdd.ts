/**
 * The "Add actor" box's short syntax. A plain name adds an actor; names joined by `--`, `->`,
 * `<->`, `+` or a dash between spaces add collaborations along the chain, and text after
 * a colon becomes the label: `Biblioteket -- Asylmottaket: Språkkafé`.
 */
export type QuickAdd =
  | { kind: 'empty' }
  | { kind: 'actor'; name: string }
  | { kind: 'link'; names: string[]; label: string };

const SEPARATOR = /\s+(?:<->|-->|--|->|—|–|\+)\s+/;

export function parseQuickAdd(input: string): QuickAdd {
  const text = input.replace(/\s+/g, ' ').trim();
  if (!text) return { kind: 'empty' };
  const parts = text.split(SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return { kind: 'actor', name: text };
  const lastPart = parts[parts.length - 1] ?? '';
  const colon = lastPart.indexOf(':');
  const label = colon >= 0 ? lastPart.slice(colon + 1).trim() : '';
  if (colon >= 0) parts[parts.length - 1] = lastPart.slice(0, colon).trim();
  const names = parts.filter(Boolean);
  if (names.length < 2) return names[0] ? { kind: 'actor', name: names[0] } : { kind: 'empty' };
  return { kind: 'link', names, label };
}
