/**
 * The public surface of the ZooKeeper log parser, used by the CLI (`npm run logs`) and later by
 * the app's worker. Pure: no Node built-ins, no DOM (tsconfig.sim.json type-checks it that way).
 */
export * from './kinds';
export {
  parseLogFile,
  parseLogFileSteps,
  LOG_FILE_BYTES_MAX,
  PARSE_YIELD_RECORDS,
  UNKNOWN_KEPT_MAX,
} from './parseLogFile';
export type { ParsedLog, ParseResult, UnknownLine } from './parseLogFile';
export { buildTimeline, buildTimelineSteps, compareEvents } from './timeline';
export type { Timeline, TimelineFile, TimelineOptions } from './timeline';
export type { Election } from './elections';
export type { SessionSummary } from './sessions';
export { describeLogError } from './describe';
export { sidFromFileName } from './serverId';
export type { SidSource } from './serverId';

/** The most files one timeline takes (the servers of an ensemble and their rotated logs). */
export const LOG_FILES_MAX = 100;
