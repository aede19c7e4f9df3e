import type { BalancerActionKind } from '../lab/kinds';
import type { ViolationParams } from '../check/ghost';
import type { ZkViolationParams } from '../client/zkViolations';

/**
 * The append-only event trace: plain data, one entry per thing a learner may want explained.
 * `e` is the index of the kernel event that produced it, so the app can seek to it.
 */
export type TraceEvent =
  | { t: number; e: number; k: 'send'; from: number; to: number; label: string; id: number }
  | { t: number; e: number; k: 'deliver'; from: number; to: number; label: string; id: number }
  | {
      t: number;
      e: number;
      k: 'drop';
      from: number;
      to: number;
      label: string;
      id: number;
      reason: string;
    }
  | { t: number; e: number; k: 'timer'; sid: number; name: string }
  | { t: number; e: number; k: 'state'; sid: number; state: string; phase: string | null }
  | { t: number; e: number; k: 'log'; sid: number; text: string; data?: Record<string, unknown> }
  | { t: number; e: number; k: 'action'; text: string; data: ActionData }
  | {
      t: number;
      e: number;
      k: 'violation';
      invariant: string;
      /** The English sentence the CLI prints; the app words the violation from `p` instead. */
      detail: string;
      /**
       * The parameters: the checker's (ViolationParams) or, for the ZooKeeper layer's invariants,
       * that invariant's own shape (client/zkViolations.ts).
       */
      p?: ViolationParams | ZkViolationParams;
    };

/** Why an action changed nothing (it is still recorded, as SCENARIO.md asks). */
export type ActionNoop =
  | 'no-leader'
  | 'already-down'
  | 'already-up'
  | 'already-frozen'
  | 'down'
  | 'not-frozen'
  | 'not-running'
  | 'already-running'
  | 'not-added'
  | 'already-dead'
  | 'already-added'
  | 'already-removed'
  /** drop-message, delay-message: no message with that send number was sent yet. */
  | 'no-such-message'
  /** drop-message, delay-message: the message was already delivered or dropped. */
  | 'not-in-flight'
  /** drop-message, delay-message: a server's message to itself never crosses the network. */
  | 'loopback'
  /** lock-acquire, lock-release: the client is paused (client-freeze), so its application is too. */
  | 'frozen'
  /** lock-acquire: the client has no session to queue in now. */
  | 'not-connected'
  /** lock-acquire: the client runs another recipe, or a lock at another path. */
  | 'other-recipe'
  /** lock-acquire: the client already holds or waits for the lock. */
  | 'already-queued'
  /** lock-release: the client neither holds nor waits for the lock. */
  | 'not-queued';

/**
 * What an action did, as the scenario format's `do` with its parameters, so that the app and the
 * worker read actions by code and never parse `text` (the English line for the trace file).
 * `noop` is null when the action applied.
 */
export type ActionData =
  | {
      do: 'crash' | 'restart' | 'freeze' | 'unfreeze';
      /** null when "leader" named nobody (noop 'no-leader'). */
      sid: number | null;
      noop: ActionNoop | null;
      /** unfreeze: the events that waited for the server and now run. */
      pending?: number;
    }
  | { do: 'partition'; groups: number[][] }
  | { do: 'heal' }
  | { do: 'write'; path: string; data: string; via: number }
  | { do: 'delay'; delayMsMin: number; delayMsMax: number }
  | { do: 'delay-link'; from: number; to: number; extraMs: number }
  | {
      do: 'drop-message' | 'delay-message';
      message: number;
      /** The message's ends and kind, null when it was not in flight (see noop). */
      from: number | null;
      to: number | null;
      label: string | null;
      /** delay-message: how much later, and the new delivery time. */
      byMs?: number;
      deliverAtMs?: number;
      noop: ActionNoop | null;
    }
  | {
      do: 'client-crash' | 'client-restart' | 'client-heal';
      client: string;
      noop: ActionNoop | null;
    }
  /** client-unfreeze: `pending` counts the timers and messages that waited and now run. */
  | {
      do: 'client-freeze' | 'client-unfreeze';
      client: string;
      noop: ActionNoop | null;
      pending?: number;
    }
  | { do: 'client-partition'; client: string; from: number[] | 'all' }
  /** lock-release: `holding` tells a release of the held lock from a waiter giving up. */
  | {
      do: 'lock-acquire' | 'lock-release';
      client: string;
      path: string | null;
      noop: ActionNoop | null;
      holding?: boolean;
    }
  | { do: 'client-add'; client: string; connect: number[]; noop: ActionNoop | null }
  | { do: BalancerActionKind; backend: string; noop: ActionNoop | null; factor?: number };
