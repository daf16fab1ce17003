/** Result types of the gap analysis (DESIGN.md §4). Plain data: ids everywhere, so the UI can focus. */
import type { CollaborationStatus, Expectation, Strength } from '../../domain/types';

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
}

export type CoverageStatus = 'missing' | 'unconnected' | 'weak' | 'covered';

export interface TypeCoverage {
  typeId: string;
  sectorId: string;
  expectation: Expectation;
  weight: number;
  status: CoverageStatus;
  /** Every actor of the type (document order); empty when missing. */
  actorIds: string[];
  /** Actors of the type with a non-ended link to the focal actor, direct or through a project. */
  linkedActorIds: string[];
  /** Actors of the type whose link is active and of strength ≥ 2. */
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
  /** The active collaborations with this purpose. */
  collaborationIds: string[];
}

export interface Bridge {
  /** The first (by id) non-ended collaboration between a and b. */
  collaborationId: string;
  /** All non-ended collaborations between a and b: the pair is the unit that can fail. */
  collaborationIds: string[];
  /** The end on the focal actor's side (or on the larger side when the focal actor is elsewhere). */
  a: string;
  /** The end whose side would be cut off. */
  b: string;
  /** How many actors are on b's side and would be cut off. */
  separated: number;
}

export interface OverloadedResponsible {
  /** The most used spelling (trimmed, spaces collapsed); on a tie the first in the map. */
  name: string;
  count: number;
  /** count / all active collaborations, 0–1. */
  share: number;
  collaborationIds: string[];
}

export interface StaleCollaboration {
  collaborationId: string;
  sourceId: string;
  targetId: string;
  /** YYYY-MM-DD: latest activity, else start date, else the date it was created. */
  lastDate: string;
  /** Whole calendar months from lastDate to today. */
  monthsSince: number;
}

/** All over non-ended links. */
export interface StructureFindings {
  /** Actors without a non-ended link (the focal actor too, if so), by name (nb collation). */
  isolated: string[];
  /**
   * Cut vertices other than the focal actor, the one that cuts most actors off (from the focal
   * actor) first, ties by id.
   */
  articulationPoints: string[];
  /** Bridges not touching the focal actor, the largest cut first, ties by collaboration id. */
  bridges: Bridge[];
  /** Largest count first. */
  overloadedResponsible: OverloadedResponsible[];
  /** Oldest first, ties in document order. */
  stale: StaleCollaboration[];
}

export interface ManageClosely {
  actorId: string;
  reason: 'missing' | 'weak';
  power: number;
  interest: number | null;
  /** The weak link, when there is one. */
  best: FocalLink | null;
}

export interface SuggestionPairing {
  purposeIds: string[];
  /** The pairing's example in the requested locale (e.g. "Sangskattekista"), or null. */
  example: string | null;
}

export interface SuggestionReasons {
  /** Names of the actors both already work with, sorted (nb collation). */
  commonNeighbours: string[];
  commonNeighbourIds: string[];
  pairing: SuggestionPairing | null;
  /** Purposes of both actors' existing (non-ended) collaborations, in template order. */
  sharedPurposeIds: string[];
}

export interface Suggestion {
  /** The focal actor when it is one of the two; else the one whose name sorts first. */
  sourceId: string;
  targetId: string;
  score: number;
  adamicAdar: number;
  reasons: SuggestionReasons;
  /** One or two full sentences in the requested locale. */
  explanation: string;
}

export interface GapAnalysis {
  focalActorId: string | null;
  today: string;
  /** Σ weight·covered / Σ weight over all template types, 0–1. */
  score: number;
  weightCovered: number;
  weightTotal: number;
  sectorScores: SectorScore[];
  types: TypeCoverage[];
  purposes: PurposeCount[];
  /** Template purposes with no active collaboration, in template order. */
  purposeGaps: string[];
  structure: StructureFindings;
  manageClosely: ManageClosely[];
  suggestions: Suggestion[];
}

export interface AnalyseOptions {
  /** How many suggestions to return (default 10). */
  maxSuggestions?: number;
}
