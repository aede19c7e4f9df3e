/**
 * The shape of fixtures/real-zookeeper/outcomes.json: real outcomes recorded by `npm run real
 * -- ... --record`. Types only, so the agreement test can read the file without Node built-ins.
 */
import type { Difference } from './compare';
import type { Checkpoint, RealScenario } from './spec';

/** What the harness records beyond the compared checkpoint: evidence for a reader. */
export interface RealCheckpoint extends Checkpoint {
  /** Per server: the srvr Zxid (its lastProcessedZxid) while serving, and its epoch files. */
  servers: Record<
    string,
    { zxid: string | null; acceptedEpoch: number | null; currentEpoch: number | null }
  >;
  /** The log lines that show what happened since the previous checkpoint, `S<sid> <line>`. */
  lines: string[];
}

export interface RecordedScenario {
  scenario: RealScenario;
  /** Debian package version of ZooKeeper, e.g. 3.8.0-11+deb12u2. */
  zookeeper: string;
  java: string;
  /** YYYY-MM-DD of the recording. */
  recordedAt: string;
  /** How many real runs observed exactly these checkpoints. */
  repeats: number;
  checkpoints: RealCheckpoint[];
  /** Per write step: the session id, then the zxid of each reply (create, setData..., close). */
  writes: { step: number; zxids: string[] }[];
  /**
   * When each step began, in the servers' log time format (`2026-12-03 18:09:20,312`), so a
   * reader can line a step up with the log: a freeze, then the followers' read timeout.
   */
  stepTimes: string[];
}

export interface DroppedScenario {
  id: string;
  recordedAt: string;
  reason: string;
  differences: Difference[];
}

export interface Outcomes {
  about: string;
  scenarios: RecordedScenario[];
  dropped: DroppedScenario[];
}
