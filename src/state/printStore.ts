import { createStore } from 'zustand/vanilla';

export interface PrintState {
  /** The print under way, numbered so that asking again prints again; null when none runs. */
  job: number | null;
  /** The number of the last print asked for. */
  last: number;
}

/** Printing the gap report: asked for anywhere, done by the one mounted GapReportHost. */
export const printStore = createStore<PrintState>()(() => ({ job: null, last: 0 }));

export function requestPrint(): void {
  printStore.setState((s) => ({ job: s.last + 1, last: s.last + 1 }));
}

export function printDone(): void {
  printStore.setState({ job: null });
}
