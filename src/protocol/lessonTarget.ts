/**
 * A lesson step's target moment (issue 16), as the UI sends it to the worker: the first trace
 * event after a given one that matches a structured code and its parameters, or a simulated time.
 * Types only: the matcher is src/learn/traceMatch.ts, which the worker and the tests share.
 */

/** A parameter's expected value; a list matches when the entry's value equals one of them. */
export type MatchValue = string | number | boolean | null;

/**
 * Which trace entry a step waits for. `log` selects by the entry's code (`data.kind`, e.g. the ZAB
 * layer's 'elected', 'syncMode', 'commit'; src/sim/zab/logCodes.ts) and parameters; `action` by
 * the scenario action (`do`) and its parameters (src/sim/trace/traceEvent.ts ActionData); `state`
 * by a server's new state or phase; `send` and `deliver` by a message's kind (its label's first
 * word, ZooKeeper's name: PROPOSAL, ACK, COMMIT, PING, ...).
 */
export type TraceMatch =
  | { k: 'log'; kind: string; sid?: number; params?: Record<string, MatchValue> }
  | { k: 'action'; do: string; params?: Record<string, MatchValue> }
  | { k: 'state'; sid?: number; state?: string; phase?: string }
  | { k: 'send' | 'deliver'; message: string; from?: number; to?: number }
  | { k: 'violation' };

/** The target of one step: an event matched after the previous step's, or a simulated time. */
export type StepTarget =
  | { match: TraceMatch; notBeforeMs?: number }
  | { atMs: number }
  /** The same moment as the previous step (more narration on one picture). */
  | { same: true };

/**
 * What the worker found for one target: the event index to seek to (the state right after the
 * matched event), its simulated time and the matched entry's parameters (a log entry's data, an
 * action's data, a state entry's sid/state/phase, a message's from/to), as data.
 */
export interface FoundTarget {
  event: number;
  ms: number;
  params: Record<string, unknown>;
}
