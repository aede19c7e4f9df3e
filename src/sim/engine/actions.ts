/**
 * Scenario actions (SCENARIO.md "actions"): faults and client writes applied at their time.
 * Each is applied whole or not at all; an action that cannot apply (crashing a server that is
 * already down, "leader" when nobody leads) is recorded in the trace and changes nothing.
 */
import { purgeWriteRecords } from './purge';
import { assertNever } from '../kernel/assert';
import { append } from '../kernel/chunkedList';
import { push } from '../kernel/eventQueue';
import type { ResolvedAction, SidRef } from '../scenario/types';
import { applyClientAction } from './clients';
import { applyLockAction } from './clientLock';
import { applyHandMessage } from './handMessageAction';
import { resetConnectionsOf } from './network';
import type { ServerEffects, WorldEffects } from './effects';
import type { ActionData } from '../trace/traceEvent';
import type { KernelEvent } from './world';

/** "leader" means whoever is LEADING at that moment: the highest epoch if two overlap (ZAB.md 5.7). */
export function resolveSid(sim: WorldEffects, ref: SidRef): number | null {
  if (ref !== 'leader') return ref;
  let best: { sid: number; epoch: number } | null = null;
  for (const s of sim.world.servers) {
    if (!s.up || s.state !== 'LEADING') continue;
    if (!best || s.disk.currentEpoch >= best.epoch)
      best = { sid: s.sid, epoch: s.disk.currentEpoch };
  }
  return best ? best.sid : null;
}

function note(sim: WorldEffects, text: string, data: ActionData): void {
  sim.emit({ t: sim.world.nowMs, e: sim.world.events, k: 'action', text, data });
}

/** The process dies: volatile state gone, connections reset by the OS, in-flight messages lost. */
export function crashServer(sim: ServerEffects, sid: number): void {
  const rec = sim.server(sid);
  if (!rec.up)
    return note(sim, `crash S${sid}: already down`, { do: 'crash', sid, noop: 'already-down' });
  note(sim, `crash S${sid}`, { do: 'crash', sid, noop: null });
  const port = sim.port(sid);
  port.silenced = true;
  sim.sendTo(sid, { type: 'CRASH', port });
  port.silenced = false;
  rec.up = false;
  rec.frozen = false;
  rec.incarnation++;
  rec.timers = {};
  rec.backlog = [];
  resetConnectionsOf(sim.world, sid);
  rec.zk.conns = {};
  sim.ghost({ kind: 'crash', sid });
  sim.failPendingWritesVia(sid);
}

export function unfreezeServer(sim: ServerEffects, sid: number): void {
  const rec = sim.server(sid);
  if (!rec.frozen)
    return note(sim, `unfreeze S${sid}: not frozen`, { do: 'unfreeze', sid, noop: 'not-frozen' });
  const pending = rec.backlog.length;
  note(sim, `unfreeze S${sid}: ${pending} pending events resume`, {
    do: 'unfreeze',
    sid,
    noop: null,
    pending,
  });
  rec.frozen = false;
  const backlog = rec.backlog;
  rec.backlog = [];
  for (const ev of backlog) {
    const { seq: _seq, ...rest } = ev;
    push(sim.world.queue, { ...rest, timeMs: sim.world.nowMs } as Omit<KernelEvent, 'seq'>);
  }
}

export function submitWrite(sim: WorldEffects, via: number, path: string, data: string): number {
  const w = sim.world;
  const writeId = w.writes.length;
  append(w.writes, { atMs: w.nowMs, via, path, data, zxid: null, outcome: 'pending' });
  w.pendingWrites.push(writeId);
  purgeWriteRecords(w);
  push(w.queue, { kind: 'write', timeMs: w.nowMs, sid: via, writeId } as Omit<KernelEvent, 'seq'>);
  return writeId;
}

export function applyAction(sim: ServerEffects, index: number): void {
  const a = sim.world.scenario.actions[index] as ResolvedAction;
  applyServerAction(sim, a);
}

export function applyServerAction(sim: ServerEffects, a: ResolvedAction): void {
  const w = sim.world;
  switch (a.do) {
    case 'crash':
    case 'restart':
    case 'freeze':
    case 'unfreeze': {
      const sid = resolveSid(sim, a.sid);
      if (sid === null)
        return note(sim, `${a.do} leader: no server is LEADING now`, {
          do: a.do,
          sid: null,
          noop: 'no-leader',
        });
      const rec = sim.server(sid);
      if (a.do === 'crash') return crashServer(sim, sid);
      if (a.do === 'restart') {
        if (rec.up)
          return note(sim, `restart S${sid}: already up`, {
            do: 'restart',
            sid,
            noop: 'already-up',
          });
        note(sim, `restart S${sid}`, { do: 'restart', sid, noop: null });
        return sim.startServer(sid);
      }
      if (a.do === 'freeze') {
        if (!rec.up || rec.frozen)
          return note(sim, `freeze S${sid}: ${rec.up ? 'already frozen' : 'down'}`, {
            do: 'freeze',
            sid,
            noop: rec.up ? 'already-frozen' : 'down',
          });
        note(sim, `freeze S${sid}: it stops processing, its connections stay open`, {
          do: 'freeze',
          sid,
          noop: null,
        });
        rec.frozen = true;
        return;
      }
      return unfreezeServer(sim, sid);
    }
    case 'partition':
      note(sim, `partition ${a.groups.map((g) => '{' + g.join(',') + '}').join(' | ')}`, {
        do: 'partition',
        groups: a.groups.map((g) => g.slice()),
      });
      w.net.groups = a.groups.map((g) => g.slice());
      return;
    case 'heal':
      note(sim, 'heal: every link works again', { do: 'heal' });
      w.net.groups = null;
      return;
    case 'write':
      note(sim, `write ${a.path}=${a.data} via S${a.via}`, {
        do: 'write',
        path: a.path,
        data: a.data,
        via: a.via,
      });
      submitWrite(sim, a.via, a.path, a.data);
      return;
    case 'delay':
      note(sim, `network delay now ${a.delayMsMin}-${a.delayMsMax} ms`, {
        do: 'delay',
        delayMsMin: a.delayMsMin,
        delayMsMax: a.delayMsMax,
      });
      w.net.delayMsMin = a.delayMsMin;
      w.net.delayMsMax = a.delayMsMax;
      return;
    case 'delay-link':
      note(sim, `link S${a.from}->S${a.to}: ${a.extraMs} ms extra delay`, {
        do: 'delay-link',
        from: a.from,
        to: a.to,
        extraMs: a.extraMs,
      });
      if (a.extraMs === 0) delete w.net.extraMs[`${a.from}>${a.to}`];
      else w.net.extraMs[`${a.from}>${a.to}`] = a.extraMs;
      return;
    case 'drop-message':
    case 'delay-message':
      return applyHandMessage(sim, a);
    case 'client-add':
    case 'create':
    case 'delete':
    case 'set':
    case 'get':
    case 'exists':
    case 'children':
    case 'sync':
    case 'close-session':
    case 'client-crash':
    case 'client-restart':
    case 'client-partition':
    case 'client-heal':
    case 'client-freeze':
    case 'client-unfreeze':
      return applyClientAction(sim, a);
    case 'lock-acquire':
    case 'lock-release':
      return applyLockAction(sim, a);
    default:
      return assertNever(a, 'action');
  }
}
