/**
 * The configuration checker: what ZooKeeper itself would refuse or override, what runs but fails
 * in a known way, and advice. Each finding is a code with typed parameters and a severity, never
 * a sentence: the app renders codes through its i18n layer, the CLI through describe.ts.
 *
 * Severities: 'refused' - ZooKeeper will not run with the value as given (it fails to start, or
 * overrides the value, as it clamps a session timeout); 'unwise' - it runs, with a known failure
 * mode at this load or after a failure; 'note' - advice on the ensemble's shape.
 */
import type { PlanPoint, PlanResult } from './analytic';
import { saturation, type Bottleneck } from './analytic';
import type { CostParams } from './params';
import {
  FAILURE_MODES,
  sessionTimeoutBoundsMs,
  snapshotTransferMs,
  type FailureMode,
} from './timing';

export type Severity = 'refused' | 'unwise' | 'note';

export type Finding =
  | { code: 'session.timeout-below-min'; severity: 'refused'; requestedMs: number; minMs: number }
  | { code: 'session.timeout-above-max'; severity: 'refused'; requestedMs: number; maxMs: number }
  | { code: 'observers.without-quorum'; severity: 'refused'; observers: number }
  | { code: 'voters.standalone'; severity: 'note' }
  | { code: 'voters.no-fault-tolerance'; severity: 'unwise'; voters: number }
  | { code: 'voters.even'; severity: 'unwise'; voters: number; toleratedFailures: number }
  | {
      code: 'voters.many-for-writes';
      severity: 'unwise';
      voters: number;
      writeRatio: number;
      writeOpsPerSec: number;
      fewerVoters: number;
      writeOpsPerSecWithFewer: number;
    }
  | {
      code: 'observers.for-read-scale';
      severity: 'note';
      voters: number;
      readRatio: number;
      suggestedVoters: number;
      suggestedObservers: number;
    }
  | {
      code: 'observers.add-leader-work';
      severity: 'note';
      observers: number;
      bottleneck: Bottleneck;
    }
  | {
      code: 'load.over-capacity';
      severity: 'unwise';
      offeredOpsPerSec: number;
      throughputOpsPerSec: number;
      bottleneck: Bottleneck;
    }
  | { code: 'load.past-knee'; severity: 'note'; offeredOpsPerSec: number; kneeOpsPerSec: number }
  | {
      code: 'syncLimit.shorter-than-ack';
      severity: 'unwise';
      syncLimitMs: number;
      writeP99Ms: number;
    }
  | {
      code: 'initLimit.shorter-than-snapshot';
      severity: 'unwise';
      initLimitMs: number;
      snapshotMs: number;
      snapshotMB: number;
    }
  | {
      code: 'session.expires-on-failover';
      severity: 'unwise';
      mode: FailureMode;
      timeoutMs: number;
      clientGapMs: number;
      reconnectMs: number;
      by: 'client' | 'server';
    };

export type FindingCode = Finding['code'];

/** Voters past which each extra one costs writes more than it adds safety (the paper's curve). */
export const MANY_VOTERS = 7;
/** A write share from which losing write throughput matters. */
export const HEAVY_WRITE_RATIO = 0.1;
/** A read share from which observers are the better way to scale. */
export const READ_HEAVY_RATIO = 0.9;
/** The largest ensemble of voters we suggest when observers can carry the reads. */
export const SUGGESTED_VOTERS = 5;

function sessionFindings(p: CostParams): Finding[] {
  const { minMs, maxMs } = sessionTimeoutBoundsMs(p);
  const requestedMs = p.sessionTimeoutMs;
  if (requestedMs < minMs)
    return [{ code: 'session.timeout-below-min', severity: 'refused', requestedMs, minMs }];
  if (requestedMs > maxMs)
    return [{ code: 'session.timeout-above-max', severity: 'refused', requestedMs, maxMs }];
  return [];
}

function shapeFindings(point: PlanPoint, p: CostParams, result: PlanResult): Finding[] {
  const { voters, observers, readRatio } = point;
  const found: Finding[] = [];
  if (voters === 1 && observers > 0)
    found.push({ code: 'observers.without-quorum', severity: 'refused', observers });
  if (voters === 1 && observers === 0) found.push({ code: 'voters.standalone', severity: 'note' });
  if (voters === 2) found.push({ code: 'voters.no-fault-tolerance', severity: 'unwise', voters });
  if (voters % 2 === 0)
    found.push({
      code: 'voters.even',
      severity: 'unwise',
      voters,
      toleratedFailures: result.faultTolerance.toleratedFailures,
    });
  if (voters > MANY_VOTERS && 1 - readRatio >= HEAVY_WRITE_RATIO) {
    const fewer = saturation({ voters: SUGGESTED_VOTERS, observers }, readRatio, p);
    found.push({
      code: 'voters.many-for-writes',
      severity: 'unwise',
      voters,
      writeRatio: 1 - readRatio,
      writeOpsPerSec: result.saturated.writeOpsPerSec,
      fewerVoters: SUGGESTED_VOTERS,
      writeOpsPerSecWithFewer: fewer.writeOpsPerSec,
    });
  }
  if (voters > SUGGESTED_VOTERS && readRatio >= READ_HEAVY_RATIO && observers === 0)
    found.push({
      code: 'observers.for-read-scale',
      severity: 'note',
      voters,
      readRatio,
      suggestedVoters: SUGGESTED_VOTERS,
      suggestedObservers: voters - SUGGESTED_VOTERS,
    });
  const bottleneck = result.saturated.bottleneck;
  if (observers > 0 && readRatio < 1 && bottleneck.startsWith('leader.'))
    found.push({ code: 'observers.add-leader-work', severity: 'note', observers, bottleneck });
  return found;
}

function loadFindings(point: PlanPoint, p: CostParams, result: PlanResult): Finding[] {
  const found: Finding[] = [];
  const offeredOpsPerSec = point.offeredOpsPerSec;
  if (result.offered.overCapacity)
    found.push({
      code: 'load.over-capacity',
      severity: 'unwise',
      offeredOpsPerSec,
      throughputOpsPerSec: result.saturated.opsPerSec,
      bottleneck: result.saturated.bottleneck,
    });
  else if (offeredOpsPerSec > result.knee.opsPerSec)
    found.push({
      code: 'load.past-knee',
      severity: 'note',
      offeredOpsPerSec,
      kneeOpsPerSec: result.knee.opsPerSec,
    });
  const syncLimitMs = p.syncLimit * p.tickTimeMs;
  const write = result.latency?.write;
  if (write && write.p99Ms > syncLimitMs)
    found.push({
      code: 'syncLimit.shorter-than-ack',
      severity: 'unwise',
      syncLimitMs,
      writeP99Ms: write.p99Ms,
    });
  return found;
}

function recoveryFindings(p: CostParams, result: PlanResult): Finding[] {
  const found: Finding[] = [];
  const initLimitMs = p.initLimit * p.tickTimeMs;
  const snapshotMs = snapshotTransferMs(p);
  if (snapshotMs > initLimitMs)
    found.push({
      code: 'initLimit.shorter-than-snapshot',
      severity: 'unwise',
      initLimitMs,
      snapshotMs,
      snapshotMB: p.snapshotMB,
    });
  for (const mode of FAILURE_MODES) {
    const { sessions, reconnectMsMax } = result.failover[mode];
    if (sessions.survives) continue;
    found.push({
      code: 'session.expires-on-failover',
      severity: 'unwise',
      mode,
      timeoutMs: sessions.timeoutMs,
      clientGapMs: sessions.clientGapMs,
      reconnectMs: reconnectMsMax,
      by: sessions.expiredByServer ? 'server' : 'client',
    });
  }
  return found;
}

const SEVERITY_ORDER: Record<Severity, number> = { refused: 0, unwise: 1, note: 2 };

/** Every finding for a plan, the most severe first (stable within a severity). */
export function checkConfiguration(point: PlanPoint, p: CostParams, result: PlanResult): Finding[] {
  return [
    ...sessionFindings(p),
    ...shapeFindings(point, p, result),
    ...loadFindings(point, p, result),
    ...recoveryFindings(p, result),
  ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
