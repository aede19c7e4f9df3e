// Proves the replay of real logs on the ensembles recorded on ZooKeeper 3.8 (fixtures/real-
// zookeeper/logs): the frame at each election shows the leader LEADING with the epoch the logs
// name and its followers FOLLOWING it; a server before its first line, or lost by its peers, is
// shown as unknown or unreachable, never with an invented state; clock offsets move a server's
// lines; and forking the cold start and the killed leader into the simulator elects the same
// leader with the same epoch as the real ensemble did.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Frame } from '../../protocol/frame';
import type { ViewParams } from '../../protocol/messages';
import { SimSession } from '../session';
import { forkScenario } from './fork';
import { projectReplayFrame } from './projectReplay';
import { compareEvents } from '../../logs/index';
import { ReplaySource, type ReplayFileInput } from './replaySource';

const VIEW: ViewParams = { inspect: null, filter: { sids: [], cats: [] }, dropWindowMs: 20 };
const LOGS = new URL('../../../fixtures/real-zookeeper/logs/', import.meta.url);

function files(id: string): ReplayFileInput[] {
  const dir = new URL(`${id}/`, LOGS);
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8'), sid: null }));
}

function open(id: string): ReplaySource {
  const r = ReplaySource.open(files(id));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.source;
}

/** Seeks to just after the n-th event that `pick` matches (0-based). */
function seekAfter(src: ReplaySource, pick: (i: number) => boolean, n = 0): void {
  let seen = 0;
  for (let i = 0; i < src.events.length; i++) if (pick(i) && seen++ === n) return src.seek(i + 1);
  throw new Error('no such event');
}

function frameOf(src: ReplaySource, seq: number, displayMs: number, view: ViewParams): Frame {
  return projectReplayFrame(src, seq, displayMs, view);
}

function leaderOf(f: Frame) {
  const l = f.servers.find(
    (s) =>
      s.state === 'LEADING' &&
      s.phase === 'broadcast' &&
      (s.real === undefined || s.real.status === 'logged'),
  );
  return l ? { sid: l.sid, epoch: l.currentEpoch } : null;
}

/** Runs a forked scenario until a leader is established; its sid and epoch. */
function simulatedLeader(src: ReplaySource) {
  const fork = forkScenario(src);
  if (!fork.ok) throw new Error(JSON.stringify(fork.refusal));
  const r = SimSession.load(fork.scenario, [], null, () => 0);
  if (!r.ok) throw new Error(r.error);
  const s = r.session;
  for (let i = 0; i < 5000; i++) {
    s.stepEvent();
    const l = leaderOf(s.frame(0, 0, VIEW));
    if (l) return { ...l, notes: fork.notes, fork };
  }
  throw new Error('no leader in the simulator');
}

describe('ReplaySource', () => {
  it('reads a big log set as long work: progress in bytes, then in events merged, then the same result as open', () => {
    const big = files('cold-start-3').map((f) => {
      const lines = f.text.trimEnd().split('\n');
      // Many copies of the file's own lines: 100 x ~107 records, beyond a parse slice.
      return { ...f, text: `${Array.from({ length: 100 }, () => lines.join('\n')).join('\n')}\n` };
    });
    let t = 0;
    // A clock 50 ms on at every look: every look ends a slice.
    const work = ReplaySource.openWork(big, () => (t += 50));
    const seen: { unit: string; done: number; total: number }[] = [];
    let r = work.next();
    while (!r.done) {
      seen.push(r.value);
      r = work.next();
    }
    const total = big.reduce((n, f) => n + f.text.length, 0);
    // Reading first (bytes), then building the timeline (events merged): both sliced (issue 18).
    const read = seen.filter((p) => p.unit === 'bytes');
    const built = seen.filter((p) => p.unit === 'events');
    expect(seen).toEqual([...read, ...built]);
    expect(read.length).toBeGreaterThan(3);
    expect(read.every((p) => p.total === total && p.done <= total)).toBe(true);
    expect(read.map((p) => p.done)).toEqual([...read.map((p) => p.done)].sort((a, b) => a - b));
    expect(r.value.ok).toBe(true);
    if (!r.value.ok) return;
    const events = r.value.source.events.length;
    expect(built.length).toBeGreaterThan(1);
    expect(built.every((p) => p.total === events && p.done < events)).toBe(true);
    expect(built.map((p) => p.done)).toEqual([...built.map((p) => p.done)].sort((a, b) => a - b));
    const once = ReplaySource.open(big);
    if (!once.ok) throw new Error('refused');
    expect(r.value.source.summary()).toEqual(once.source.summary());
    // The merge gives the order one sort of all events gives.
    expect(r.value.source.events).toEqual([...once.source.events].sort(compareEvents));
  });

  it('refuses a foreign or empty file and names it, opening nothing', () => {
    const r = ReplaySource.open([
      files('cold-start-3')[0]!,
      {
        name: 'kafka.log',
        text: '[2026-12-03 18:00:00,000] INFO Kafka started (kafka.Server)\n',
        sid: null,
      },
      { name: 'empty.log', text: '', sid: null },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => [e.file, e.code])).toEqual([
        ['kafka.log', 'file.not-zookeeper'],
        ['empty.log', 'file.empty'],
      ]);
  });

  it('shows every server unknown before its first line, then the cold start election', () => {
    const src = open('cold-start-3');
    const f0 = frameOf(src, 0, 0, VIEW);
    expect(f0.servers.map((s) => s.real?.status)).toEqual([
      'before-first-line',
      'before-first-line',
      'before-first-line',
    ]);
    expect(f0.servers.every((s) => s.notStarted && s.vote === null)).toBe(true);
    src.seek(src.events.length);
    const end = frameOf(src, 1, src.endMs(), VIEW);
    expect(leaderOf(end)).toEqual({ sid: 3, epoch: 1 });
    for (const sid of [1, 2]) {
      const s = end.servers.find((x) => x.sid === sid)!;
      expect(s).toMatchObject({ state: 'FOLLOWING', leader: 3, currentEpoch: 1 });
      expect(s.real?.inferred).toContain('currentEpoch');
    }
    expect(end.markers?.filter((m) => m.kind === 'election')).toEqual([
      expect.objectContaining({ sid: 3, epoch: 1 }),
    ]);
    expect(end.log?.every((e) => e.real !== undefined)).toBe(true);
  });

  it('shows the killed leader unreachable once its followers lose it, and the re-election', () => {
    const src = open('leader-kill-equal-logs');
    seekAfter(src, (i) => src.events[i]!.code === 'learner.disconnected');
    const lost = frameOf(src, 0, src.nowMs(), VIEW).servers.find((s) => s.sid === 3)!;
    expect(lost.real?.status).toBe('unreachable');
    const took = src.events.findIndex(
      (e) => e.code === 'election.took' && e.params.state === 'LEADING' && e.sid === 2,
    );
    src.seek(took + 1);
    // "Next change" walks to the next state line; then half a second on, past the sync.
    src.stepChange();
    expect(src.events[src.cursor - 1]!.code).toBe('state');
    src.seekTime(src.nowMs() + 600);
    expect(leaderOf(frameOf(src, 0, src.nowMs(), VIEW))).toEqual({ sid: 2, epoch: 2 });
  });

  it('moves one server by its clock offset and keeps the display time', () => {
    const src = open('cold-start-3');
    const first3 = () => src.events.findIndex((e) => e.sid === 3);
    const before = src.timeOf(first3());
    src.setOffsets({ 3: 5000 });
    expect(src.summary().offsets).toEqual({ 1: 0, 2: 0, 3: 5000 });
    expect(src.timeOf(first3())).not.toBe(before);
    // Beyond the bound (a day) or not a whole number: the offset stays as it was.
    src.setOffsets({ 1: 10 ** 9, 3: 1.5 });
    expect(src.summary().offsets).toEqual({ 1: 0, 2: 0, 3: 5000 });
  });

  it('forks the cold start into the simulator: the same leader and epoch', () => {
    const src = open('cold-start-3');
    // Servers 3 and 1 have started their first election, none decided; 2 starts 3 s later.
    seekAfter(src, (i) => src.events[i]!.code === 'fle.election.started', 1);
    const got = simulatedLeader(src);
    expect(got).toMatchObject({ sid: 3, epoch: 1 });
    expect(got.notes).toContainEqual(
      expect.objectContaining({ sid: 2, field: 'state', code: 'starts-later' }),
    );
    // "tickTime set to 2000", "initLimit set to 10", "syncLimit set to 5" in every server's log.
    expect(got.fork.config).toEqual([
      { key: 'tickTime', value: 2000, source: 'logged', sids: [1, 2, 3] },
      { key: 'initLimit', value: 10, source: 'logged', sids: [1, 2, 3] },
      { key: 'syncLimit', value: 5, source: 'logged', sids: [1, 2, 3] },
    ]);
    expect(got.fork.scenario.ensemble).toMatchObject({
      tickTimeMs: 2000,
      initLimit: 10,
      syncLimit: 5,
    });
  });

  it('forks an established leader: the roles are said, and the same leader wins the next epoch', () => {
    const src = open('cold-start-3');
    src.seek(src.events.length);
    const got = simulatedLeader(src);
    // Every server starts LOOKING; S3's epochs and zxid make it win again, in epoch 2.
    expect(got).toMatchObject({ sid: 3, epoch: 2 });
    expect(got.notes).toContainEqual({
      sid: 3,
      field: 'state',
      code: 'was-role',
      role: 'LEADING',
      epoch: 1,
    });
    expect(got.notes).toContainEqual(
      expect.objectContaining({ sid: 1, code: 'was-role', role: 'FOLLOWING', epoch: 1 }),
    );
  });

  it('forks the killed leader into the simulator: the same new leader and epoch', () => {
    const src = open('leader-kill-equal-logs');
    // Both followers have noticed and started the new election with their last zxid.
    seekAfter(
      src,
      (i) => src.events[i]!.code === 'fle.election.started' && src.events[i]!.sid === 2,
      1,
    );
    const got = simulatedLeader(src);
    expect(got).toMatchObject({ sid: 2, epoch: 2 });
    expect(got.notes).toContainEqual({ sid: 3, field: 'state', code: 'down-unreachable' });
  });
});

// Live mode (docs/LIVE.md): the bridge streams the records of the same parser in batches as the
// logs grow; the live source built from them must be the replay of the whole files.
describe('the live replay', () => {
  it('fed the records in arbitrary batches, is the replay of the whole files', () => {
    const whole = open('leader-kill-equal-logs');
    const live = ReplaySource.forLive();
    expect(live.events).toEqual([]);
    expect(live.summary()).toMatchObject({ live: true, servers: [], elections: 0 });
    // Per server, in the order each log was written, interleaved as the bridge's polls would be.
    const bySid = new Map<number, (typeof whole.events)[number][]>();
    for (const e of [...whole.events].sort((a, b) => a.sid - b.sid || a.line - b.line))
      bySid.set(e.sid, [...(bySid.get(e.sid) ?? []), e]);
    const queues = [...bySid.values()];
    for (let round = 0; queues.some((q) => q.length > 0); round++)
      for (const q of queues) live.appendEvents(q.splice(0, 7 + (round % 5) * 13));
    expect(live.events).toEqual(whole.events);
    expect(live.summary()).toMatchObject({
      live: true,
      servers: whole.summary().servers,
      elections: whole.summary().elections,
      t0Ms: whole.summary().t0Ms,
      endMs: whole.summary().endMs,
    });
    live.seek(live.events.length);
    whole.seek(whole.events.length);
    const a = frameOf(live, 1, live.nowMs(), VIEW);
    const b = frameOf(whole, 1, whole.nowMs(), VIEW);
    expect(a.servers).toEqual(b.servers);
  });
});
