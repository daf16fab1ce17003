/**
 * Scoring and the bounded top-N list of suggestion candidates.
 *
 * score = Adamic–Adar + PAIRING_BONUS (the two types are a template pairing)
 *         + PURPOSE_WEIGHT · min(shared purposes, PURPOSE_CAP)
 * rounded to 1e-9 so that sums taken in another order cannot flip a tie. Adamic–Adar counts the
 * shared partners other than the culture school; shared purposes count the partners' own
 * collaborations, not those with the school. Ties are broken by the source name, then the target
 * name (nb collation), then the ids; the source is the actor whose name sorts first. A pair the
 * rules of pairRules.ts forbid is never kept.
 */
import type { Actor, Labels } from '../../domain/types';
import { mayPair, type PairRules } from './pairRules';
import { collator, compareIds, type Prepared, popcount } from './prepare';

export const PAIRING_BONUS = 1;
export const PURPOSE_WEIGHT = 0.25;
export const PURPOSE_CAP = 4;

export interface MergedPairing {
  a: number;
  b: number;
  purposeIds: string[];
  example: Labels | null;
}

/** Template pairings by type index; both orders of a type pair share one merged entry. */
export interface PairingTable {
  list: MergedPairing[];
  /** at[ta * T + tb]: index into list, or -1. */
  at: Int32Array;
  size: number;
}

export function pairingTable(p: Prepared): PairingTable {
  const size = p.types.length;
  const at = new Int32Array(size * size).fill(-1);
  const list: MergedPairing[] = [];
  for (const pairing of p.template.pairings) {
    const a = p.typeIndex.get(pairing.a);
    const b = p.typeIndex.get(pairing.b);
    if (a === undefined || b === undefined) continue;
    const found = at[a * size + b] as number;
    if (found >= 0) {
      const merged = list[found] as MergedPairing;
      for (const id of pairing.purposeIds) {
        if (!merged.purposeIds.includes(id)) merged.purposeIds.push(id);
      }
      merged.example ??= pairing.example;
      continue;
    }
    at[a * size + b] = at[b * size + a] = list.length;
    list.push({ a, b, purposeIds: [...pairing.purposeIds], example: pairing.example });
  }
  return { list, at, size };
}

export function pairingOf(p: Prepared, table: PairingTable, u: number, v: number): number {
  const tu = p.actorType[u] as number;
  const tv = p.actorType[v] as number;
  return tu < 0 || tv < 0 ? -1 : (table.at[tu * table.size + tv] as number);
}

export interface Candidate {
  source: number;
  target: number;
  score: number;
  aa: number;
}

export class TopSuggestions {
  /** Best first. */
  readonly items: Candidate[] = [];

  constructor(
    private readonly p: Prepared,
    private readonly table: PairingTable,
    private readonly rules: PairRules,
    private readonly limit: number,
  ) {}

  scoreOf(u: number, v: number, aa: number): number {
    const bonus = pairingOf(this.p, this.table, u, v) >= 0 ? PAIRING_BONUS : 0;
    const shared = popcount((this.p.purposeMask[u] as number) & (this.p.purposeMask[v] as number));
    const raw = aa + bonus + PURPOSE_WEIGHT * Math.min(shared, PURPOSE_CAP);
    return Math.round(raw * 1e9) / 1e9;
  }

  private name(i: number): string {
    return (this.p.actors[i] as Actor).name;
  }

  private orient(u: number, v: number): [number, number] {
    const c = collator.compare(this.name(u), this.name(v));
    if (c < 0) return [u, v];
    if (c > 0) return [v, u];
    return (this.p.ids[u] as string) < (this.p.ids[v] as string) ? [u, v] : [v, u];
  }

  /** Negative when x ranks before y. */
  compare(x: Candidate, y: Candidate): number {
    if (x.score !== y.score) return y.score - x.score;
    const ids = this.p.ids;
    return (
      collator.compare(this.name(x.source), this.name(y.source)) ||
      collator.compare(this.name(x.target), this.name(y.target)) ||
      compareIds(ids[x.source] as string, ids[y.source] as string) ||
      compareIds(ids[x.target] as string, ids[y.target] as string)
    );
  }

  /** Offers the unordered pair {u, v}; cheap rejection by score before the rules and names. */
  offer(u: number, v: number, aa: number): void {
    if (this.limit <= 0) return;
    const score = this.scoreOf(u, v, aa);
    if (score <= 0) return;
    const full = this.items.length >= this.limit;
    const worst = this.items[this.items.length - 1];
    if (full && worst && score < worst.score) return;
    const pairing = pairingOf(this.p, this.table, u, v) >= 0;
    if (!mayPair(this.p, this.rules, u, v, pairing)) return;
    const [source, target] = this.orient(u, v);
    const cand: Candidate = { source, target, score, aa };
    if (full && worst && this.compare(cand, worst) >= 0) return;
    let at = this.items.length;
    while (at > 0 && this.compare(cand, this.items[at - 1] as Candidate) < 0) at--;
    this.items.splice(at, 0, cand);
    if (this.items.length > this.limit) this.items.pop();
  }
}
