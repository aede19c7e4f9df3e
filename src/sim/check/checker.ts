/**
 * The safety checker (ZAB.md section 7): fed one ghost event per protocol step, it keeps its own
 * plain-data state and returns the violations that step caused.
 *
 * It never throws for a protocol violation: a violation is data the app shows and the sweep
 * prints (DESIGN.md principle 5). The per-event cost is O(1) amortized in a correct run (O(log n)
 * for re-deliveries), except 'established' and 'snap', which are rare and scan a history.
 * The invariants live by group in broadcastLog.ts, delivery.ts, primary.ts and peers.ts.
 *
 * What the checker assumes of the engine's 'deliver' events (ZAB.md 7.1), beyond ghost.ts:
 *  - a leader delivers its initial history (every entry it has not delivered yet, in zxid order)
 *    before its learners reach BROADCAST of its epoch and before it proposes (COMMIT-LD);
 *  - a learner delivers every transaction of its synced history that it had not delivered yet,
 *    in zxid order, by UPTODATE at the latest, including ones it already applied by the
 *    fast-forward on the way to LOOKING (section 1.3), which is not a delivery by itself;
 *  - re-delivering a zxid already delivered (SNAP content) is harmless.
 * Without the first two, a correct run shows TotalOrder or PrimaryIntegrity violations.
 */
import { historyView, onDeliverPrefix } from './compacted';
import { assertNever } from '../kernel/assert';
import type { GhostEvent, Violation } from './ghost';
import { onLog, onPropose, onSnap, onTruncate } from './broadcastLog';
import { onDeliver } from './delivery';
import { onEstablished } from './primary';
import {
  onCommit,
  onCrash,
  onDecide,
  onEpochs,
  onFollowerCommit,
  onRestart,
  onState,
} from './peers';
import { cloneCheckerState, createCheckerState, type CheckerState } from './checkerState';
import type { Sink } from './report';

export type { CheckerState, EpochGhost, ServerGhost, TxnRecord } from './checkerState';
export { INVARIANT_NAMES, type InvariantName } from './report';

export interface CheckerConfig {
  voters: number[];
  observers: number[];
}

export function createChecker(config: CheckerConfig): CheckerState {
  return createCheckerState(config);
}

/** Cheap: O(servers + epochs + chunks); full chunks of every sequence are shared. */
export function cloneChecker(state: CheckerState): CheckerState {
  return cloneCheckerState(state);
}

/** Feeds one ghost event; mutates `state` and returns the violations it revealed (often none). */
export function observe(state: CheckerState, atMs: number, event: GhostEvent): Violation[] {
  const sink: Sink = { atMs, out: [] };
  switch (event.kind) {
    case 'epochs':
      onEpochs(state, sink, event.sid, event.acceptedEpoch, event.currentEpoch);
      break;
    case 'state':
      onState(state, sink, event.sid, event.state, event.phase, event.epoch);
      break;
    case 'established':
      onEstablished(
        state,
        sink,
        event.sid,
        event.epoch,
        historyView(state, sink, event.sid, event.history, event.compacted),
      );
      break;
    case 'activated':
      // Activation needs no check of its own: PrimaryIntegrity follows the leader's BROADCAST
      // phase from its 'state' event, and Leadership is stated over established leaders.
      break;
    case 'propose':
      onPropose(state, sink, event.sid, event.epoch, event.txn);
      break;
    case 'log':
      onLog(state, sink, event.sid, event.txn);
      break;
    case 'truncate':
      onTruncate(state, event.sid, event.toZxid);
      break;
    case 'snap':
      onSnap(
        state,
        sink,
        event.sid,
        historyView(state, sink, event.sid, event.history, event.compacted),
      );
      break;
    case 'deliver':
      onDeliver(state, sink, event.sid, event.txn);
      break;
    case 'deliverPrefix':
      onDeliverPrefix(state, sink, event.sid, event.prefix);
      break;
    case 'commit':
      onCommit(state, sink, event.sid, event.zxid, event.ackers, event.previousOutstanding);
      break;
    case 'followerCommit':
      onFollowerCommit(sink, event.sid, event.zxid, event.pendingHead);
      break;
    case 'decide':
      onDecide(
        state,
        sink,
        event.sid,
        event.leader,
        event.round,
        event.via,
        event.supporters,
        event.leaderSawLeading,
      );
      break;
    case 'crash':
      onCrash(state, event.sid);
      break;
    case 'restart':
      onRestart(state, event.sid);
      break;
    default:
      assertNever(event, 'ghost event');
  }
  return sink.out;
}
