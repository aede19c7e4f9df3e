/**
 * The typed messages between the UI thread and the simulation worker (DESIGN.md section 7).
 *
 * Every message carries the protocol version `v`; both sides refuse a message whose version is not
 * their own, so a stale cached worker and a fresh page (or the reverse) fail loudly instead of
 * misreading each other. Bump PROTOCOL_VERSION whenever a message's shape or meaning changes.
 *
 * The UI asks, the worker computes: every request that changes what is shown is answered by one
 * frame, stamped with the request's `seq`.
 */
import type { Scenario } from '../sim/scenario/types';
import type { BalancerActionKind } from '../sim/lab/kinds';
import type { FieldProblem } from '../sim/scenario/why';
import type { Frame, LogFilter } from './frame';
import type { LogEvent } from '../logs/kinds';
import type { ForkRefusal, ForkView, LogError, ReplayFileInput, ReplaySummary } from './replay';
import type { FoundTarget, StepTarget } from './lessonTarget';
import type { UserClientAction } from './clientActions';

export const PROTOCOL_VERSION = 17;

/** What a person can do to the running ensemble; the worker stamps it with the displayed time. */
export type UserAction =
  | { do: 'crash' | 'restart' | 'freeze' | 'unfreeze'; sid: number }
  | { do: 'partition'; groups: number[][] }
  | { do: 'heal' }
  | { do: 'write'; via: number; path: string; data: string }
  /** One message in flight, by its send number (MessageView.id): lost, or held byMs longer. */
  | { do: 'drop-message'; message: number }
  | { do: 'delay-message'; message: number; byMs: number }
  /**
   * A load-balancing lab's backend: the process dies, a new one starts and registers, it leaves
   * gracefully, or one of the balancer's spares is added (`backend` names the spare).
   */
  | { do: Exclude<BalancerActionKind, 'slow-backend'>; backend: string }
  /** Services that start from now take `factor` times as long (1 restores the normal speed). */
  | { do: 'slow-backend'; backend: string; factor: number }
  /** A ZooKeeper client's process, network, session or API call (src/protocol/clientActions). */
  | UserClientAction;

/** A command of the log: a scenario action (with its atMs) applied after `atEvent` events. */
export interface CommandView {
  atEvent: number;
  action: UserAction & { atMs: number };
}

/** Parameters of every frame that are views, not simulation: what to inspect, filter, fade. */
export interface ViewParams {
  inspect: number | null;
  filter: LogFilter;
  /** How long (simulated ms) a dropped message stays visible while it falls. */
  dropWindowMs: number;
  /**
   * The space-time diagram's window (ms before the display time) while its panel is open;
   * absent or 0 when closed, so frames do not carry it.
   */
  spacetimeMs?: number;
  /** The server whose data tree the frame carries (the data tree panel), or none. */
  treeSid?: number | null;
}

export type LoadSource = 'preset' | 'url' | 'file' | 'settings' | 'reset';

/**
 * Requests that may take long (work.ts): opening a run at a distant event, seeking far ahead,
 * looking for the next change, reading real logs (progress in bytes). They report progress and can
 * be cancelled.
 */
export type JobKind = 'load' | 'seek' | 'step' | 'logs';

export interface PresetInfo {
  id: string;
  title: string;
  description: string;
  reference: string;
  scenario: Scenario;
}

/** The resolved settings of the loaded scenario, for the settings form and explanations. */
export interface RunInfo {
  seed: number;
  untilMs: number;
  servers: number;
  observers: number;
  tickTimeMs: number;
  initLimit: number;
  syncLimit: number;
  delayMsMin: number;
  delayMsMax: number;
  /**
   * ensemble.commitLogCount: the committed-log window. ZooKeeper never keeps fewer than 500
   * (ZKDatabase), so the app says so when a scenario asks for less.
   */
  commitLogCount: number;
  /** ZKDatabase.DEFAULT_COMMIT_LOG_COUNT, the floor ZooKeeper raises a smaller window to. */
  commitLogFloor: number;
}

/** UI -> worker. */
export type ToWorkerBody =
  | { type: 'hello' }
  | {
      type: 'load';
      seq: number;
      source: LoadSource;
      /** Untrusted scenario JSON (a URL), or a file's text; validated by the worker. */
      scenario: unknown;
      commands: unknown;
      /** Event index to open at (a shared URL), or null for the start. */
      at: number | null;
      view: ViewParams;
    }
  /** Process every event due by displayMs (at most maxEvents when given). */
  | { type: 'advance'; seq: number; displayMs: number; maxEvents: number | null; view: ViewParams }
  /** One event, or up to and including the next state change or protocol decision. */
  | { type: 'step'; seq: number; mode: 'event' | 'change'; view: ViewParams }
  | { type: 'seek'; seq: number; event: number; view: ViewParams }
  | { type: 'seekTime'; seq: number; ms: number; view: ViewParams }
  /** An action at the display time the page shows (whole simulated ms). */
  | { type: 'command'; seq: number; action: UserAction; displayMs: number; view: ViewParams }
  /** Only the view changed (selection, filter): a new frame at this display time. */
  | { type: 'view'; seq: number; displayMs: number; view: ViewParams }
  /**
   * A lesson's next target moments (lessonTarget.ts), searched after `from`; answered by a
   * `targets` message, then a frame at the last one found.
   */
  | { type: 'findTargets'; seq: number; from: FoundTarget; targets: StepTarget[]; view: ViewParams }
  /** Stops the long request `seq`: a run being opened is dropped, a seek or step goes back. */
  | { type: 'cancel'; seq: number }
  /**
   * Replay these real logs instead of the run (docs/LOGS.md). Refused as a whole when any file
   * is (the run stays); accepted, later requests move through the replay until the next load.
   */
  | { type: 'openLogs'; seq: number; files: ReplayFileInput[]; view: ViewParams }
  /** The replay's clock offset per server (ms added to its lines); a frame follows. */
  | { type: 'replayClock'; seq: number; offsets: Record<number, number>; view: ViewParams }
  /** A scenario that continues the replay from its current moment. */
  | { type: 'fork'; seq: number }
  /**
   * Live mode (docs/LIVE.md): records the bridge of `npm run live` parsed, appended to the live
   * ensemble's replay, which the page keeps as long as it is open. While it is shown (or when
   * `show` asks for it) a `liveSummary` follows, and a frame at its newest moment when the view
   * was following it (not scrubbed back).
   */
  | { type: 'liveEvents'; seq: number; events: LogEvent[]; show: boolean; view: ViewParams };

/** Worker -> UI. */
export type FromWorkerBody =
  | { type: 'ready'; presets: PresetInfo[]; defaultPresetId: string }
  | { type: 'loaded'; seq: number; source: LoadSource; scenario: Scenario; info: RunInfo }
  /**
   * The input was refused: `message` is the one-line English (the CLI's words); `field`, when a
   * field of the scenario format is at fault, is its path and why as a code with parameters,
   * which the app words in the reader's language.
   */
  | {
      type: 'loadError';
      seq: number;
      source: LoadSource;
      message: string;
      field: FieldProblem | null;
    }
  | { type: 'frame'; frame: Frame }
  /** The command log changed; `forkedAt` is set when a command rewrote the future. */
  | { type: 'session'; commands: CommandView[]; forkedAt: { event: number; ms: number } | null }
  /**
   * How far the long request `seq` has got (simulated ms of a target time, or events of a
   * target index) after `elapsedMs` of work.
   */
  | {
      type: 'progress';
      seq: number;
      kind: JobKind;
      unit: 'ms' | 'events' | 'bytes';
      done: number;
      total: number;
      elapsedMs: number;
    }
  /** The long request `seq` was cancelled; for a seek or step a frame where it began follows. */
  | { type: 'cancelled'; seq: number; kind: JobKind }
  /** The answer to `findTargets` `seq`: one entry per target, null when it never happens. */
  | { type: 'targets'; seq: number; found: (FoundTarget | null)[] }
  /** A person's command was refused (bad field, nothing to act on); the run is unchanged. */
  | { type: 'refused'; seq: number; message: string; field: FieldProblem | null }
  | { type: 'error'; message: string }
  | { type: 'logsOpened'; seq: number; summary: ReplaySummary }
  /** The files were refused (each with its code); nothing changed. */
  | { type: 'logsRefused'; seq: number; errors: LogError[] }
  | { type: 'forked'; seq: number; fork: ForkView }
  | { type: 'forkRefused'; seq: number; refusal: ForkRefusal }
  /** The live ensemble's replay grew (or is shown again): its summary, `live` set. */
  | { type: 'liveSummary'; seq: number; summary: ReplaySummary };

export type Versioned<T> = T & { v: typeof PROTOCOL_VERSION };
export type ToWorker = Versioned<ToWorkerBody>;
export type FromWorker = Versioned<FromWorkerBody>;

/** Stamps a message body with this build's protocol version. */
export function versioned<T extends { type: string }>(body: T): Versioned<T> {
  return { ...body, v: PROTOCOL_VERSION };
}

export type Received<T> = { ok: true; message: T } | { ok: false; error: string };

/**
 * Accepts a received message only if it is a tagged object of this protocol version. The shape
 * beyond `v` and `type` is trusted: both sides are built from this same file.
 */
export function receive<T extends { type: string }>(data: unknown): Received<Versioned<T>> {
  if (
    typeof data !== 'object' ||
    data === null ||
    typeof (data as { type?: unknown }).type !== 'string'
  ) {
    return { ok: false, error: 'protocol: message is not a tagged object' };
  }
  const v = (data as { v?: unknown }).v;
  if (v !== PROTOCOL_VERSION) {
    return {
      ok: false,
      error: `protocol: version ${String(v)} received, ${PROTOCOL_VERSION} expected`,
    };
  }
  return { ok: true, message: data as Versioned<T> };
}
