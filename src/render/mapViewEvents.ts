/** What the map view reports back to the app: gestures and finished layouts. */

export interface Move {
  id: string;
  x: number;
  y: number;
  pinned?: boolean;
}

export interface MapViewEvents {
  select(selection: { kind: 'actor' | 'collaboration'; id: string } | null): void;
  hover(id: string | null): void;
  /** A finished drag: one edit for all nodes that moved together. */
  dragEnd(moves: Move[]): void;
  /** The layout came to rest: positions to keep, not an undoable edit. */
  settled(moves: Move[]): void;
  ready(): void;
}
