// Proves the parser on logs of a real ZooKeeper 3.8 ensemble: for every log set the harness
// recorded (fixtures/real-zookeeper/logs/<scenario>), the timeline's elections are exactly the
// leaders and epochs that outcomes.json's checkpoints observed, with every follower each leader
// had in that epoch; and between two checkpoints (their times are the recorded step times) each
// learner's sync mode and each server's vote zxid are the ones the harness observed. The same
// logs renamed `zookeeper.log` or `zk-a.log` give the same timeline, ids from their content.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import outcomesJson from '../../fixtures/real-zookeeper/outcomes.json';
import type { Checkpoint, RealScenario } from '../cli/real/spec';
import { buildTimeline, parseLogFile, type LogEvent, type ParsedLog, type Timeline } from './index';

interface Recorded {
  scenario: RealScenario;
  checkpoints: Checkpoint[];
  stepTimes: string[];
}
const recorded = (outcomesJson as unknown as { scenarios: Recorded[] }).scenarios;
const LOGS = new URL('../../fixtures/real-zookeeper/logs/', import.meta.url);

function read(id: string): { name: string; text: string }[] {
  const dir = new URL(`${id}/`, LOGS);
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));
}

function parseAll(files: { name: string; text: string }[]): ParsedLog[] {
  return files.map((f) => {
    const r = parseLogFile(f.name, f.text);
    if (!r.ok) throw new Error(`${f.name}: ${r.error.code}`);
    return r.log;
  });
}

/** `2026-12-03 18:26:17,842` (the harness's step times) in the parser's ms. */
function stepMs(text: string): number {
  const [, y, mo, d, h, mi, s, ms] = /^(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+),(\d+)$/
    .exec(text)!
    .map(Number);
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms!);
}

/** The last value per sid of the events in [from, to). */
function lastBySid(
  events: LogEvent[],
  from: number,
  to: number,
  pick: (e: LogEvent) => string | null,
) {
  const out: Record<string, string> = {};
  for (const e of events) {
    if (e.ms < from || e.ms >= to) continue;
    const v = pick(e);
    if (v !== null) out[String(e.sid)] = v;
  }
  return out;
}

function electionsByLeaderEpoch(t: Timeline): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const e of t.elections)
    if (e.epoch !== null) out.set(`L${e.leader} e${e.epoch}`, e.followers);
  return out;
}

describe.each(recorded.map((r) => [r.scenario.id, r] as const))(
  'the real log set %s',
  (id, rec) => {
    const timeline = buildTimeline(parseAll(read(id)));

    it('has one file per server, each id read from the log', () => {
      expect(timeline.files.map((f) => f.sid)).toEqual(timeline.servers);
      for (const f of timeline.files) expect(f.sidSource).not.toBe('file name');
    });

    it("gives the checkpoints' leaders, epochs and every follower of each", () => {
      const expected = new Map<string, Set<number>>();
      for (const cp of rec.checkpoints) {
        if (cp.leader === null) continue;
        const key = `L${cp.leader} e${cp.epoch}`;
        const set = expected.get(key) ?? new Set<number>();
        cp.followers.forEach((f) => set.add(f));
        expected.set(key, set);
      }
      const want = new Map([...expected].map(([k, s]) => [k, [...s].sort((a, b) => a - b)]));
      expect(electionsByLeaderEpoch(timeline)).toEqual(want);
    });

    it("gives each checkpoint's sync modes and vote zxids between it and the one before", () => {
      let from = -Infinity;
      for (const cp of rec.checkpoints) {
        const index = rec.scenario.steps.findIndex(
          (s) => s.do === 'checkpoint' && s.name === cp.name,
        );
        const next = rec.stepTimes[index + 1];
        const to = next === undefined ? Infinity : stepMs(next);
        const syncModes = lastBySid(timeline.events, from, to, (e) =>
          e.code === 'sync.mode' && e.params.side === 'learner' ? e.params.mode : null,
        );
        const voteZxids = lastBySid(timeline.events, from, to, (e) =>
          e.code === 'fle.election.started' ? e.params.zxid : null,
        );
        expect({ name: cp.name, syncModes, voteZxids }).toEqual({
          name: cp.name,
          syncModes: cp.syncModes,
          voteZxids: cp.voteZxids,
        });
        from = to;
      }
    });

    it('is the same timeline when every file is called zookeeper.log or zk-<letter>.log', () => {
      const files = read(id);
      const plain = (t: Timeline) => ({
        servers: t.servers,
        elections: t.elections,
        sessions: t.sessions,
      });
      const asZookeeperLog = files.map((f, i) => ({
        name: `host${'abcde'[i]}/zookeeper.log`,
        text: f.text,
      }));
      const asLetters = files.map((f, i) => ({ name: `zk-${'abcde'[i]}.log`, text: f.text }));
      expect(plain(buildTimeline(parseAll(asZookeeperLog)))).toEqual(plain(timeline));
      expect(plain(buildTimeline(parseAll(asLetters)))).toEqual(plain(timeline));
    });
  },
);

describe('the real session-expiry log set', () => {
  const timeline = buildTimeline(parseAll(read('session-expiry')));

  it('shows the session committed everywhere, its client gone, and the leader expiring it', () => {
    expect(timeline.sessions).toHaveLength(1);
    const s = timeline.sessions[0]!;
    const leader = timeline.elections[0]!.leader;
    expect(s).toMatchObject({ timeoutMs: 4000, expiredBy: leader });
    expect(s.establishedAt! < s.expiredAt!).toBe(true);
    expect(s.expiredAt! <= s.closingAt!).toBe(true);
    const committedOn = timeline.events
      .filter((e) => e.code === 'session.committed' && e.params.session === s.session)
      .map((e) => e.sid);
    expect(committedOn.sort((a, b) => a - b)).toEqual([1, 2, 3]);
    const gone = timeline.events.filter(
      (e) =>
        e.code === 'connection.error' &&
        e.params.kind === 'client' &&
        e.params.session === s.session,
    );
    expect(gone.map((e) => e.sid)).toEqual([1]);
  });

  it('expires it between the timeout and twice the timeout after the client left', () => {
    const s = timeline.sessions[0]!;
    const gone = timeline.events.find(
      (e) => e.code === 'connection.error' && e.params.kind === 'client',
    )!;
    const expired = timeline.events.find(
      (e) => e.code === 'session.expired' && e.params.session === s.session,
    )!;
    expect(expired.ms - gone.ms).toBeGreaterThanOrEqual(4000);
    expect(expired.ms - gone.ms).toBeLessThanOrEqual(8000);
  });
});
