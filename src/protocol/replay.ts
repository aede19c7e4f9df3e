/**
 * The messages' parts about a replay of real ZooKeeper logs (docs/LOGS.md, "Replay in the app"):
 * the files the dialog sends, what the worker reports once they opened, and the fork into the
 * simulator with its notes on inferred values. Codes and parameters only; the app words them.
 */
import type { LogError } from '../logs/kinds';
import type { Scenario } from '../sim/scenario/types';

export type { LogError };

/** A clock offset a person may set, per server: at most a day either way. */
export const CLOCK_OFFSET_MAX_MS = 86_400_000;

/** One file as the dialog sends it; `sid` is the person's answer when the content names none. */
export interface ReplayFileInput {
  name: string;
  text: string;
  sid: number | null;
}

/** What the app shows once the logs opened: one row per file, the servers, the time base. */
export interface ReplaySummary {
  servers: number[];
  files: {
    name: string;
    sid: number;
    version: string | null;
    events: number;
    unknownLines: number;
    firstAt: string | null;
    lastAt: string | null;
  }[];
  /** Epoch ms (as the logs print, read as UTC) of display time 0. */
  t0Ms: number;
  /** Display time of the last event. */
  endMs: number;
  elections: number;
  /** Clock offset per server, ms (what the person set; 0 by default). */
  offsets: Record<number, number>;
  /** Live mode's replay (docs/LIVE.md): records streamed from a running ensemble, still growing. */
  live: boolean;
}

export type ForkNoteCode =
  /** Read off another server's line (a learner's epoch from its leader's quorum line). */
  | 'inferred'
  /** No line gave it: the simulator's empty default (epoch 0, zxid 0x0). */
  | 'default'
  /** Its peers lost it after its last line: started down (crashed or frozen in reality). */
  | 'down-unreachable'
  /** No file of it: started with an empty database, as a fresh server. */
  | 'no-log'
  /** Its log starts later: it starts that much later in the simulator. */
  | 'starts-later'
  /** Raised to the epoch of its last zxid (ZooKeeper refuses a zxid above currentEpoch). */
  | 'raised'
  /**
   * It was LEADING or FOLLOWING at the moment (`role`, `epoch`); it starts LOOKING, as every
   * ZooKeeper server does (QuorumPeer's state starts as LOOKING and QuorumPeer.run elects first).
   */
  | 'was-role';

export interface ForkNote {
  sid: number;
  field: 'state' | 'currentEpoch' | 'acceptedEpoch' | 'lastZxid';
  code: ForkNoteCode;
  /** starts-later: after how many ms. */
  ms?: number;
  /** was-role: its state and epoch at the moment. */
  role?: 'LEADING' | 'FOLLOWING' | 'OBSERVING';
  epoch?: number;
}

/** The settings the fork carries from the logs into the scenario. */
export type ForkConfigKey = 'tickTime' | 'initLimit' | 'syncLimit';

/** Where a carried setting's value came from. */
export type ForkConfigSource =
  /** Every server that printed it printed this value. */
  | 'logged'
  /** Servers printed different values: the value most of them printed (ties: the lowest sid's). */
  | 'disagree'
  /** No server printed it (its start is not in the logs): the simulator's default. */
  | 'default'
  /** The logged value is outside the scenario's bound: the simulator's default. */
  | 'out-of-bounds';

export interface ForkConfigValue {
  key: ForkConfigKey;
  /** The value the fork's scenario has: ms for tickTime, ticks for the limits. */
  value: number;
  source: ForkConfigSource;
  /** The servers whose logs printed the chosen value (or the logged value, when out of bounds). */
  sids: number[];
  /** out-of-bounds: the value the logs gave. */
  logged?: number;
}

export type ForkRefusal =
  | { code: 'fork.sids'; sids: number[] }
  | { code: 'fork.too-many-servers'; limit: number }
  | { code: 'fork.too-many-txns'; limit: number }
  | { code: 'fork.observers'; sids: number[] }
  | { code: 'fork.no-replay' };

/** A fork the app loads as a new run, with what the logs did not say. */
export interface ForkView {
  scenario: Scenario;
  notes: ForkNote[];
  /** tickTime, initLimit and syncLimit of the new run and where each came from. */
  config: ForkConfigValue[];
  /** The moment forked: the last line's time as printed, and its display time. */
  at: string | null;
  atMs: number;
}
