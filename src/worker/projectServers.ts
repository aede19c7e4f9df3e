/**
 * Projections of the world onto what the ensemble view draws: one ServerView per server, with its
 * disk (epochs, log tail, delivered watermark), its vote while LOOKING, and its heartbeat, read
 * from the live timers in the kernel queue. Pure functions of the simulation's state; they never
 * change it.
 */
import type { DatabaseFrameView, HeartbeatView, LogTxnView, ServerView } from '../protocol/frame';
import {
  compareZxid,
  databaseView,
  listAt,
  liveTimers as liveTimersOf,
  ZXID_ZERO,
  type ServerContext,
  type ServerRecordView as ServerRecord,
  type Simulation,
  type Txn,
  type WorldView as World,
  type Zxid,
} from './simApi';

/** How many transactions of each log the frame carries. */
export const LOG_TAIL = 6;

export interface LiveTimer {
  name: string;
  dueMs: number;
}

/** The timers that will fire (the simulation's liveTimers), per sid, earliest first. */
export function liveTimers(sim: Simulation): Map<number, LiveTimer[]> {
  const out = new Map<number, LiveTimer[]>();
  for (const t of liveTimersOf(sim)) {
    const list = out.get(t.sid) ?? [];
    list.push({ name: t.name, dueMs: t.dueMs });
    out.set(t.sid, list);
  }
  for (const list of out.values())
    list.sort((a, b) => a.dueMs - b.dueMs || a.name.localeCompare(b.name));
  return out;
}

function lastZxidOf(rec: ServerRecord): Zxid {
  const n = rec.disk.log.length;
  return n === 0 ? ZXID_ZERO : (listAt(rec.disk.log, n - 1) as Txn).zxid;
}

function logTail(rec: ServerRecord): LogTxnView[] {
  const n = rec.disk.log.length;
  const out: LogTxnView[] = [];
  for (let i = Math.max(0, n - LOG_TAIL); i < n; i++) {
    const zxid = (listAt(rec.disk.log, i) as Txn).zxid;
    out.push({
      zxid: { epoch: zxid.epoch, counter: zxid.counter },
      committed: compareZxid(zxid, rec.lastDelivered) <= 0,
    });
  }
  return out;
}

function heartbeat(world: World, rec: ServerRecord, timers: LiveTimer[]): HeartbeatView | null {
  const ens = world.scenario.ensemble;
  const find = (name: string) => timers.find((t) => t.name === name);
  if (rec.state === 'LEADING') {
    const ping = find('timer.ping');
    return ping ? { role: 'leader', nextPingMs: ping.dueMs, periodMs: ens.tickTimeMs / 2 } : null;
  }
  if (rec.state === 'FOLLOWING' || rec.state === 'OBSERVING') {
    const sync = find('timer.syncLimit');
    if (sync)
      return {
        role: 'learner',
        timer: 'timer.syncLimit',
        deadlineMs: sync.dueMs,
        limitMs: ens.syncLimit * ens.tickTimeMs,
      };
    const init = find('timer.initLimit');
    if (init)
      return {
        role: 'learner',
        timer: 'timer.initLimit',
        deadlineMs: init.dueMs,
        limitMs: ens.initLimit * ens.tickTimeMs,
      };
  }
  return null;
}

const copyZxid = (z: Zxid): Zxid => ({ epoch: z.epoch, counter: z.counter });

/** The server's database for the frame: fresh objects, zxids copied out of the world. */
function database(world: World, rec: ServerRecord): DatabaseFrameView {
  const d = databaseView(rec, world.scenario.ensemble.commitLogCount);
  const o = d.voteOrigin;
  return {
    voteZxid: copyZxid(d.voteZxid),
    voteOrigin:
      o.origin === 'restart-snapshot' || o.origin === 'restart-log'
        ? { ...o, snapshotZxid: copyZxid(o.snapshotZxid) }
        : { ...o },
    snapshot: d.snapshot && { ...d.snapshot, zxid: copyZxid(d.snapshot.zxid) },
    loggedAfterSnapshot: d.log.length - d.log.afterSnapshot,
    committedLog: {
      count: d.committedLog.count,
      minZxid: d.committedLog.minZxid && copyZxid(d.committedLog.minZxid),
      maxZxid: d.committedLog.maxZxid && copyZxid(d.committedLog.maxZxid),
    },
  };
}

export function contextOf(sim: Simulation, sid: number): ServerContext {
  return sim.contextOf(sid);
}

export function projectServers(sim: Simulation, timers: Map<number, LiveTimer[]>): ServerView[] {
  const world = sim.view;
  const voters = world.scenario.ensemble.servers;
  return world.servers.map((rec) => {
    const state = rec.up ? rec.state : 'DOWN';
    const ctx = rec.up ? contextOf(sim, rec.sid) : null;
    const election = state === 'LOOKING' ? (ctx?.election ?? null) : null;
    const p = election?.proposal;
    let leader: number | null = null;
    if (state === 'LEADING') leader = rec.sid;
    else if (state === 'FOLLOWING' || state === 'OBSERVING')
      leader = ctx?.learn?.leader ?? ctx?.currentVote?.leader ?? null;
    const last = lastZxidOf(rec);
    return {
      sid: rec.sid,
      observer: rec.sid > voters,
      state,
      phase: rec.up ? rec.phase : null,
      frozen: rec.frozen,
      notStarted: !rec.up && rec.incarnation === 0,
      backlog: rec.backlog.length,
      acceptedEpoch: rec.disk.acceptedEpoch,
      currentEpoch: rec.disk.currentEpoch,
      lastZxid: { epoch: last.epoch, counter: last.counter },
      delivered: rec.delivered,
      lastDelivered: { epoch: rec.lastDelivered.epoch, counter: rec.lastDelivered.counter },
      vote:
        p && election && p.leader > 0
          ? {
              leader: p.leader,
              zxid: { epoch: p.zxid.epoch, counter: p.zxid.counter },
              peerEpoch: p.peerEpoch,
              round: election.logicalclock,
            }
          : null,
      leader: leader !== null && leader > 0 ? leader : null,
      logTail: logTail(rec),
      logLength: rec.disk.log.length,
      heartbeat: rec.up ? heartbeat(world, rec, timers.get(rec.sid) ?? []) : null,
      database: database(world, rec),
    };
  });
}
