/**
 * Result types of the gap analysis (docs/gap-analysis.md). Plain data: ids everywhere, so the UI
 * can focus.
 */
import type { CollaborationStatus, Expectation, Labels, Strength } from '../../domain/types';

/** A link status that counts as a link: ended collaborations are no link at all. */
export type LinkStatus = Exclude<CollaborationStatus, 'ended'>;

/**
 * The best link between the focal actor and one actor: a direct collaboration, or two legs through
 * a shared project (then the weaker strength and the less active status of the two legs).
 */
export interface FocalLink {
  actorId: string;
  strength: Strength;
  status: LinkStatus;
  /** The project the link runs through, or null for a direct collaboration. */
  viaProjectId: string | null;
  /** [direct] or [focal–project leg, project–actor leg]. */
  collaborationIds: string[];
  /** An active leg without activity for STALE_MONTHS (dates.ts): such a link covers nothing. */
  stale: boolean;
}

export type CoverageStatus = 'missing' | 'unconnected' | 'weak' | 'covered';

/**
 * Why a weak type's best link does not cover it, checked in this order: not active ('status'),
 * strength 1 ('strength'), no activity for STALE_MONTHS ('stale'). Null unless status is 'weak'.
 */
export type WeakReason = 'status' | 'strength' | 'stale';

export interface TypeCoverage {
  typeId: string;
  sectorId: string;
  expectation: Expectation;
  weight: number;
  status: CoverageStatus;
  /** Listed in the map's notRelevantTypeIds: status still computed, but left out of every score. */
  notRelevant: boolean;
  weakBecause: WeakReason | null;
  /**
   * Every actor counting for the type, by its typeId or one of its extraTypeIds (document order);
   * empty when missing.
   */
  actorIds: string[];
  /** Actors of the type with a non-ended link to the focal actor, direct or through a project. */
  linkedActorIds: string[];
  /** Actors of the type whose link is covering: active, strength ≥ 2 and not stale. */
  coveringActorIds: string[];
  /** The best link found for the type, or null when unconnected or missing. */
  best: FocalLink | null;
}

export interface SectorScore {
  sectorId: string;
  /** Σ weight·covered / Σ weight, 0–1 (0 when the sector has no weight). */
  score: number;
  weightCovered: number;
  weightTotal: number;
}

export interface PurposeCount {
  purposeId: string;
  activeCount: number;
  /**
   * The active collaborations with this purpose that the focal actor takes part in: its own, and
   * those of a project (actor of kind project) it has an active collaboration with.
   */
  collaborationIds: string[];
}

/**
 * One single point of failure in the focal actor's part of the map (over non-ended links): if it
 * went away, the actors in `cutOff` would lose every path to the focal actor. Each fact once: a
 * link whose cut-off equals that of the actor at its near end is reported as that actor only.
 */
export type VulnerablePoint =
  | {
      kind: 'actor';
      /** An actor other than the focal actor. */
      actorId: string;
      /**
       * Up to CUT_OFF_LISTED (12) actor ids, by name (nb collation); when more are cut off, those
       * the search reached first from the point.
       */
      cutOff: string[];
      /** How many actors would be cut off (cutOff may list fewer). */
      cutOffCount: number;
    }
  | {
      kind: 'link';
      /** All non-ended collaborations between a and b, sorted: the pair is the unit that fails. */
      collaborationIds: string[];
      /** The end on the focal actor's side. */
      a: string;
      /** The far end: it and everything hanging on it would be cut off. */
      b: string;
      cutOff: string[];
      cutOffCount: number;
    };

/** Person dependency: one named responsible holds more than a third of the named active links. */
export interface OverloadedResponsible {
  /** The most used spelling (trimmed, spaces collapsed); on a tie the first in the map. */
  name: string;
  count: number;
  /** count / total, 0–1. */
  share: number;
  /** Active collaborations with a named (non-blank) responsible: the denominator. */
  total: number;
  collaborationIds: string[];
}

/** A collaboration gone quiet: its date (below) is before today minus a number of months. */
export interface QuietCollaboration {
  collaborationId: string;
  sourceId: string;
  targetId: string;
  status: Exclude<CollaborationStatus, 'ended'>;
  /** YYYY-MM-DD: latest activity, else start date, else the date it was created. */
  lastDate: string;
  /** Whole calendar months from lastDate to today. */
  monthsSince: number;
}

/** An active collaboration with no activity for STALE_MONTHS (12): it counts as weak. */
export type StaleCollaboration = QuietCollaboration;
/** An idea or planned collaboration with no activity for STALLED_MONTHS (6). */
export type StalledCollaboration = QuietCollaboration;

/** All over non-ended links. */
export interface StructureFindings {
  /**
   * Actor ids without an ongoing (non-ended) collaboration (the focal actor too, if so), by name
   * (nb collation). They may have ended ones.
   */
  isolated: string[];
  /** Most actors cut off first; then actors before links; then by actor or collaboration id. */
  vulnerable: VulnerablePoint[];
  /** Largest count first. */
  overloadedResponsible: OverloadedResponsible[];
  /** Oldest first, ties in document order. */
  stale: StaleCollaboration[];
  /** Oldest first, ties in document order. */
  stalled: StalledCollaboration[];
}

/** Mendelow's advice for a quadrant (power and interest split at 3: ≥ 3 is high). */
export type StakeholderAdvice = 'manage-closely' | 'keep-satisfied' | 'keep-informed';

/**
 * An actor whose link to the focal actor is missing or weak (not covering), with high power
 * (manage-closely when interest is high, keep-satisfied when low or unknown), or with high
 * interest and low power (keep-informed). Actors with unknown power are not flagged.
 */
export interface StakeholderFlag {
  actorId: string;
  advice: StakeholderAdvice;
  reason: 'missing' | 'weak';
  power: number;
  interest: number | null;
  /** The weak link, when there is one. */
  best: FocalLink | null;
}

/**
 * What an action item is about: a type gap (missing, unconnected or weak type), a stakeholder
 * flag, a stale active link, or a stalled idea or plan.
 */
export type ActionKind = 'type-gap' | 'stakeholder' | 'stale' | 'stalled';

/**
 * One line of "what to do now". score = weight × gap × power (docs/gap-analysis.md); the factors
 * are given so the UI can explain the rank. The type's first step is looked up from typeId.
 */
export interface ActionItem {
  kind: ActionKind;
  score: number;
  weight: number;
  gap: number;
  /** The power factor, 0–1: the actor's power (3 when unknown) / 5. */
  power: number;
  /** The template type concerned (type gaps; else the actor's type when it has one), or null. */
  typeId: string | null;
  /** For type-gap items: the type's status. */
  status: Exclude<CoverageStatus, 'covered'> | null;
  /** For stakeholder items. */
  advice: StakeholderAdvice | null;
  /** The partner concerned (the far end of the link for stale and stalled items), or null. */
  actorId: string | null;
  /** The direct collaboration concerned, or null. */
  collaborationId: string | null;
  /** That collaboration's nextStepDate, when it has one. */
  nextStepDate: string | null;
}

/** One saved version's score, for the change-over-time chart. */
export interface ScorePoint {
  versionId: string;
  name: string;
  createdAt: string;
  score: number;
  /** Each scored or not-relevant type's status in that version, in template order. */
  types: { typeId: string; status: CoverageStatus; notRelevant: boolean }[];
}

export interface SuggestionPairing {
  purposeIds: string[];
  /** The pairing's example in every language (e.g. "Sangskattekista"): the UI picks one. */
  example: Labels | null;
}

/** Why two partners are suggested: kinds and ids only, the words are the UI's (i18n). */
export interface SuggestionReasons {
  /** Partners both already work with, other than the culture school, by name (nb collation). */
  commonNeighbourIds: string[];
  /** The two types are a template pairing. */
  pairing: SuggestionPairing | null;
  /** Purposes of both actors' own (non-ended) collaborations without the school, template order. */
  sharedPurposeIds: string[];
  /** The culture school is the only partner they share: it can connect them. */
  viaSchoolOnly: boolean;
}

/**
 * What a gap suggestion asks of the school: connect to an actor of the type that is in the map
 * without a link, strengthen a weak link, or find an actor of the type.
 */
export type GapAction = 'connect' | 'strengthen' | 'find';

/** A missing or weak core or recommended type, and who in the map could fill it. */
export interface GapSuggestion {
  kind: 'gap';
  typeId: string;
  sectorId: string;
  expectation: Expectation;
  status: Exclude<CoverageStatus, 'covered'>;
  action: GapAction;
  /**
   * connect: actors of the type (or with it as an extra role) without a link to the school, the
   * most powerful first; strengthen: the weakly linked actors, the best link first; find: [].
   */
  actorIds: string[];
  /** weight × size of the gap (missing or unconnected 1, weak 0.5) × power / 3 (gapSuggestions.ts). */
  score: number;
}

/** A collaboration between two partners of the school (never the school itself). */
export interface PairSuggestion {
  kind: 'pair';
  /** The actor whose name sorts first. */
  sourceId: string;
  targetId: string;
  score: number;
  adamicAdar: number;
  reasons: SuggestionReasons;
}

/** Gap suggestions first, then pairs. */
export type Suggestion = GapSuggestion | PairSuggestion;

export interface GapAnalysis {
  focalActorId: string | null;
  today: string;
  /** Σ weight·covered / Σ weight over the scored types (not owner, not "not relevant"), 0–1. */
  score: number;
  weightCovered: number;
  weightTotal: number;
  sectorScores: SectorScore[];
  /** Every template type except owner types, in template order ("not relevant" ones flagged). */
  types: TypeCoverage[];
  /** The owner types (template owner: true): shown apart, never scored. */
  owner: TypeCoverage[];
  purposes: PurposeCount[];
  /** Template purposes with no active collaboration the focal actor takes part in. */
  purposeGaps: string[];
  structure: StructureFindings;
  /** Sorted by advice (manage-closely, keep-satisfied, keep-informed), power, interest, name. */
  stakeholders: StakeholderFlag[];
  /** "What to do now": highest score first, ties broken deterministically (see actions.ts). */
  actions: ActionItem[];
  suggestions: Suggestion[];
}

export interface AnalyseOptions {
  /** How many suggestions to return (default 10); gap suggestions take at most 60 % of them. */
  maxSuggestions?: number;
}
