export { GapPanel } from './GapPanel';
export { GapReport, GapReportHost, openGapReport } from './GapReport';
export { type GapContext, todayIso, useGapAnalysis } from './useGapAnalysis';
