/**
 * "Continue in the simulator": a scenario whose `ensemble.initial` and `start` reproduce each
 * server of a real timeline at one moment, as far as its logs tell (sid, up or down,
 * currentEpoch, acceptedEpoch, last zxid). Every value the logs did not give is listed as a note,
 * as a code, so the dialog can say which values were inferred or assumed. A timeline the
 * scenario format cannot hold (sids not 1..N, more than 9 servers, too many transactions) is
 * refused with a code.
 */
import type { ForkConfigValue, ForkNote, ForkNoteCode, ForkRefusal } from '../../protocol/replay';
import { INITIAL_TXNS_MAX, UNTIL_MS_MAX, type Scenario } from '../simApi';
import { forkConfig } from './forkConfig';
import { statusOf, zxidEpoch, type RealServer } from './realState';
import type { ReplaySource } from './replaySource';

/** How long the continued run lasts (a person can change it in the settings). */
export const FORK_UNTIL_MS = 60_000;
export type { ForkNote, ForkRefusal };

/** The most servers a scenario takes. */
const SERVERS_MAX = 9;

type InitialState = NonNullable<Scenario['ensemble']['initial']>[number];
type StartSpec = NonNullable<Scenario['ensemble']['start']>[number];

export type ForkResult =
  | {
      ok: true;
      scenario: Scenario;
      notes: ForkNote[];
      config: ForkConfigValue[];
      atMs: number;
      at: string | null;
    }
  | { ok: false; refusal: ForkRefusal };

function counterOf(zxid: string): number {
  return parseInt(zxid.slice(2).slice(-8) || '0', 16);
}

/** One server's persisted state, with notes on what was not logged. */
function initialOf(s: RealServer, notes: ForkNote[]): InitialState {
  const note = (field: ForkNote['field'], code: ForkNoteCode) =>
    notes.push({ sid: s.sid, field, code });
  let lastZxid = s.lastZxid ?? '0x0';
  if (s.lastZxid === null) note('lastZxid', 'default');
  else if (s.inferred.has('lastZxid')) note('lastZxid', 'inferred');
  let currentEpoch = s.currentEpoch ?? 0;
  if (s.currentEpoch === null) note('currentEpoch', 'default');
  else if (s.inferred.has('currentEpoch')) note('currentEpoch', 'inferred');
  const zEpoch = zxidEpoch(lastZxid);
  if (zEpoch > currentEpoch) {
    currentEpoch = zEpoch;
    note('currentEpoch', 'raised');
  }
  // An epoch-0 zxid other than 0x0 is refused by the format (no epoch-0 transaction exists).
  if (zEpoch === 0) lastZxid = '0x0';
  let acceptedEpoch = s.acceptedEpoch ?? currentEpoch;
  if (s.acceptedEpoch === null) note('acceptedEpoch', 'default');
  else if (s.inferred.has('acceptedEpoch')) note('acceptedEpoch', 'inferred');
  if (acceptedEpoch < currentEpoch) acceptedEpoch = currentEpoch;
  return { sid: s.sid, currentEpoch, acceptedEpoch, lastZxid };
}

/** The first line time of each server at or after the cursor (for servers whose log starts later). */
function firstLines(src: ReplaySource): Map<number, number> {
  const out = new Map<number, number>();
  src.events.forEach((e) => {
    if (!out.has(e.sid)) out.set(e.sid, e.ms - src.t0);
  });
  return out;
}

export function forkScenario(src: ReplaySource): ForkResult {
  const ensemble = [...src.ensembleAt(src.cursor).values()].sort((a, b) => a.sid - b.sid);
  const sids = ensemble.map((s) => s.sid);
  if (sids.length > SERVERS_MAX)
    return { ok: false, refusal: { code: 'fork.too-many-servers', limit: SERVERS_MAX } };
  if (sids.some((sid, i) => sid !== i + 1))
    return { ok: false, refusal: { code: 'fork.sids', sids } };
  const observers = ensemble.filter((s) => s.observer).map((s) => s.sid);
  const voters = sids.length - observers.length;
  if (observers.some((sid) => sid <= voters))
    return { ok: false, refusal: { code: 'fork.observers', sids: observers } };
  const atMs = src.nowMs();
  const first = firstLines(src);
  const notes: ForkNote[] = [];
  const start: StartSpec[] = [];
  const initial: InitialState[] = [];
  for (const s of ensemble) {
    const status = statusOf(s);
    if (status === 'no-log') notes.push({ sid: s.sid, field: 'state', code: 'no-log' });
    if (status === 'unreachable') {
      notes.push({ sid: s.sid, field: 'state', code: 'down-unreachable' });
      start.push({ sid: s.sid, atMs: UNTIL_MS_MAX });
    } else if (status === 'before-first-line') {
      const ms = Math.max(0, (first.get(s.sid) ?? atMs) - atMs);
      notes.push({ sid: s.sid, field: 'state', code: 'starts-later', ms });
      start.push({ sid: s.sid, atMs: Math.min(ms, UNTIL_MS_MAX) });
    } else start.push({ sid: s.sid, atMs: 0 });
    // The scenario format holds persisted state only (ensemble.initial: epochs and log), never a
    // role: the simulator, like ZooKeeper, starts every peer LOOKING (QuorumPeer's state field
    // starts as LOOKING; QuorumPeer.run elects before it leads or follows). A role at the moment
    // is therefore said, not carried: the election that follows picks the leader again from these
    // epochs and zxids (FastLeaderElection.totalOrderPredicate), in the next epoch.
    if (status === 'logged' && s.state !== null && s.state !== 'LOOKING')
      notes.push({
        sid: s.sid,
        field: 'state',
        code: 'was-role',
        role: s.state,
        epoch: s.currentEpoch ?? 0,
      });
    // A server not started yet holds what it will find on its disk: nothing the logs showed.
    if (status !== 'before-first-line' && status !== 'no-log') initial.push(initialOf(s, notes));
  }
  const txns = initial.reduce((n, i) => n + counterOf(i.lastZxid), 0);
  if (txns > INITIAL_TXNS_MAX)
    return { ok: false, refusal: { code: 'fork.too-many-txns', limit: INITIAL_TXNS_MAX } };
  const config = forkConfig(src.events);
  const value = (key: ForkConfigValue['key']) =>
    (config.find((c) => c.key === key) as ForkConfigValue).value;
  const at = src.cursor > 0 ? (src.events[src.cursor - 1]?.at ?? null) : null;
  const scenario: Scenario = {
    version: 1,
    seed: 1,
    untilMs: FORK_UNTIL_MS,
    title: `Continued from real logs${at ? ` at ${at}` : ''}`,
    ensemble: {
      servers: voters,
      tickTimeMs: value('tickTime'),
      initLimit: value('initLimit'),
      syncLimit: value('syncLimit'),
      ...(observers.length > 0 ? { observers: observers.length } : {}),
      start,
      initial,
    },
  };
  return { ok: true, scenario, notes, config, atMs, at };
}
