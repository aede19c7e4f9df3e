/**
 * Runs one RealScenario on a real ensemble in a fresh temp dir and returns what each checkpoint
 * observed, the zxids the writes got and every server's log. Whatever happens, every JVM it
 * started is stopped before it returns, and `ps` is asked whether any survived.
 */
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ensemble } from './ensemble';
import { fourLetterWord } from './fourLetter';
import type { Installation } from './install';
import { Observer } from './observe';
import type { RealCheckpoint } from './outcomes';
import { javaProcessesWith, onAbnormalExit, stopAll } from './processes';
import type { RealScenario, RealStep } from './spec';
import { EXPIRE_SESSION_TIMEOUT_MS, writePath, WRITE_SESSION_TIMEOUT_MS } from './translate';
import { waitFor } from './wait';
import { requestSessionOnly, ZkSession, type Reply } from './zkClient';

export interface Timeouts {
  startMs: number;
  checkpointMs: number;
  requestMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = {
  startMs: 120_000,
  checkpointMs: 180_000,
  requestMs: 60_000,
};

export interface RealRun {
  scenario: string;
  startedAt: string;
  /** Null when the run completed; otherwise why it stopped. */
  error: string | null;
  checkpoints: RealCheckpoint[];
  /** The zxids of each write step's transactions as the replies reported them. */
  writes: { step: number; zxids: string[] }[];
  /** When each step began, as log4j prints times (local time, milliseconds after a comma). */
  stepTimes: string[];
  /** Every server's whole log, by sid. */
  logs: Record<string, string>;
  /** Java processes of this run still alive after cleanup (should be none). */
  survivors: number[];
}

export async function runReal(
  spec: RealScenario,
  install: Installation,
  timeouts: Timeouts,
  log: (line: string) => void,
  keepDir = false,
): Promise<RealRun> {
  const dir = mkdtempSync(join(tmpdir(), 'zabscope-real-'));
  const run: RealRun = {
    scenario: spec.id,
    startedAt: new Date().toISOString(),
    error: null,
    checkpoints: [],
    writes: [],
    stepTimes: [],
    logs: {},
    survivors: [],
  };
  let ensemble: Ensemble | null = null;
  // On a signal the handlers in processes.ts kill the JVMs and then remove the dir.
  const forget = onAbnormalExit(() => {
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
  });
  try {
    ensemble = await Ensemble.create(dir, spec.servers, install);
    const observer = new Observer(ensemble);
    for (const [index, step] of spec.steps.entries()) {
      log(`real: ${spec.id} step ${index}: ${describeStep(step)}`);
      run.stepTimes.push(logTime(new Date()));
      await applyStep(ensemble, observer, run, step, index, timeouts);
    }
  } catch (e) {
    run.error = e instanceof Error ? e.message : String(e);
  } finally {
    await stopAll();
    run.survivors = javaProcessesWith(dir);
    for (const pid of run.survivors) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Gone between ps and kill.
      }
    }
    if (ensemble !== null)
      for (let sid = 1; sid <= spec.servers; sid++) {
        const path = ensemble.logPath(sid);
        if (existsSync(path)) run.logs[String(sid)] = readFileSync(path, 'utf8');
      }
    forget();
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
    else log(`real: kept ${dir}`);
  }
  return run;
}

/** A time as log4j's ISO8601 layout prints it: `2026-12-03 18:09:20,312`, local time. */
export function logTime(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())},${p(d.getMilliseconds(), 3)}`;
}

export function describeStep(step: RealStep): string {
  switch (step.do) {
    case 'write':
      return `write ${step.count} via ${step.via}`;
    case 'uncommitted-session':
      return `uncommitted session via ${step.via}`;
    case 'expire-session':
      return `expire a session via ${step.via}`;
    case 'checkpoint':
      return `checkpoint ${step.name}`;
    default:
      return `${step.do} ${step.sid}`;
  }
}

async function applyStep(
  ensemble: Ensemble,
  observer: Observer,
  run: RealRun,
  step: RealStep,
  index: number,
  timeouts: Timeouts,
): Promise<void> {
  switch (step.do) {
    case 'start':
    case 'restart':
      observer.noteStart(step.sid);
      return ensemble.start(step.sid, timeouts.startMs);
    case 'crash':
      return ensemble.crash(step.sid);
    case 'freeze':
      return ensemble.freeze(step.sid);
    case 'unfreeze':
      return ensemble.unfreeze(step.sid);
    case 'write':
      run.writes.push({
        step: index,
        zxids: await write(ensemble, step.via, step.count, index, timeouts),
      });
      return;
    case 'uncommitted-session':
      return uncommittedSession(ensemble, run, step.via, timeouts);
    case 'expire-session':
      return expireSession(ensemble, run, step.via, timeouts);
    case 'checkpoint': {
      const cp = await observer.checkpoint(step.name, timeouts.checkpointMs);
      run.checkpoints.push(cp);
      return;
    }
  }
}

/** One session: create, count - 1 setData, close; every reply must be OK. */
async function write(
  ensemble: Ensemble,
  via: number,
  count: number,
  index: number,
  timeouts: Timeouts,
): Promise<string[]> {
  const port = ensemble.ports.get(via)!.client;
  const session = await ZkSession.open(port, WRITE_SESSION_TIMEOUT_MS, timeouts.requestMs);
  const replies: Reply[] = [];
  try {
    const path = writePath(index);
    replies.push(await session.create(path, '0', timeouts.requestMs));
    for (let n = 1; n < count; n++)
      replies.push(await session.setData(path, String(n), timeouts.requestMs));
    replies.push(await session.close(timeouts.requestMs));
  } finally {
    session.destroy();
  }
  const failed = replies.find((r) => r.err !== 0);
  if (failed) throw new Error(`write via ${via}: ZooKeeper error code ${failed.err}`);
  return [`0x${session.sessionId.toString(16)}`, ...replies.map((r) => `0x${r.zxid.toString(16)}`)];
}

/** The leader the previous checkpoint saw, which the step needs alive. */
function liveLeader(ensemble: Ensemble, run: RealRun, step: string): number {
  const leader = run.checkpoints[run.checkpoints.length - 1]?.leader ?? null;
  if (leader === null || !ensemble.live().includes(leader))
    throw new Error(`${step} needs a live leader seen at the previous checkpoint`);
  return leader;
}

/** mntr counters of the leader: proposals created, and its own ACKs (made once a txn is logged). */
async function leaderCounters(port: number): Promise<{ proposals: number; acks: number }> {
  const text = await fourLetterWord(port, 'mntr');
  const value = (name: string) =>
    Number(new RegExp(`^${name}\\t(\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    proposals: value('zk_proposal_count'),
    acks: value('zk_cnt_proposal_ack_creation_latency'),
  };
}

/**
 * Asks `via` for a session and waits until the leader has proposed the createSession and logged
 * it (its own ACK is counted), then drops the client. With the followers frozen the txn can
 * never commit: it stays in the leader's log only.
 */
async function uncommittedSession(
  ensemble: Ensemble,
  run: RealRun,
  via: number,
  timeouts: Timeouts,
): Promise<void> {
  const leader = liveLeader(ensemble, run, 'uncommitted-session');
  const leaderPort = ensemble.ports.get(leader)!.client;
  const before = await leaderCounters(leaderPort);
  const socket = await requestSessionOnly(ensemble.ports.get(via)!.client, timeouts.requestMs);
  try {
    await waitFor(
      'the leader to propose and log the createSession',
      timeouts.requestMs,
      async () => {
        const now = await leaderCounters(leaderPort);
        return now.proposals > before.proposals && now.acks > before.acks;
      },
    );
  } finally {
    socket.destroy();
  }
}

/**
 * Opens a session on `via` with the shortest timeout ZooKeeper grants, then drops the socket
 * without closeSession, as a client that died would; waits until the leader (seen at the previous
 * checkpoint) logs that it expired the session.
 */
async function expireSession(
  ensemble: Ensemble,
  run: RealRun,
  via: number,
  timeouts: Timeouts,
): Promise<void> {
  const leader = liveLeader(ensemble, run, 'expire-session');
  const port = ensemble.ports.get(via)!.client;
  const session = await ZkSession.open(port, EXPIRE_SESSION_TIMEOUT_MS, timeouts.requestMs);
  session.destroy();
  const line = `Expiring session 0x${session.sessionId.toString(16)},`;
  await waitFor(`the leader to log "${line}"`, timeouts.requestMs, async () =>
    readFileSync(ensemble.logPath(leader), 'utf8').includes(line),
  );
}
