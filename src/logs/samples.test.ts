// Proves the parser on the hand-made samples of versions the harness does not run
// (fixtures/zookeeper-logs: 3.4.14, 3.5.10, 3.7.2 and 3.9.5's logback layout, each line one of
// that release's LOG statements): the elections, epochs, followers and observers, sync modes,
// sessions and versions the samples were written to show, with ids from the content when the
// file names carry none.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTimeline, parseLogFile, type LogEvent, type Timeline } from './index';

const SAMPLES = new URL('../../fixtures/zookeeper-logs/', import.meta.url);

function files(dir: URL, prefix = ''): { name: string; text: string }[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const url = new URL(entry, dir);
      if (statSync(url).isDirectory())
        return files(new URL(`${entry}/`, dir), `${prefix}${entry}/`);
      return [{ name: `${prefix}${entry}`, text: readFileSync(url, 'utf8') }];
    });
}

function timelineOf(sample: string): Timeline {
  const logs = files(new URL(`${sample}/`, SAMPLES)).map((f) => {
    const r = parseLogFile(f.name, f.text);
    if (!r.ok) throw new Error(`${f.name}: ${r.error.code}`);
    return r.log;
  });
  return buildTimeline(logs);
}

const brief = (t: Timeline) =>
  t.elections.map(({ leader, epoch, followers, observers, tookMs, endedBy }) => ({
    leader,
    epoch,
    followers,
    observers,
    tookMs,
    endedBy,
  }));

const learnerSyncs = (t: Timeline) =>
  t.events
    .filter(
      (e): e is Extract<LogEvent, { code: 'sync.mode' }> =>
        e.code === 'sync.mode' && e.params.side === 'learner',
    )
    .map((e) => `${e.sid}:${e.params.mode}`);

describe('the 3.4.14 sample (zk-a/b/c.log)', () => {
  const t = timelineOf('3.4');

  it('reads the ids from the [myid:N] MDC and the version from the environment', () => {
    expect(t.files.map((f) => [f.name, f.sid, f.sidSource, f.version])).toEqual([
      ['zk-a.log', 1, 'myid MDC', '3.4.14'],
      ['zk-b.log', 2, 'myid MDC', '3.4.14'],
      ['zk-c.log', 3, 'myid MDC', '3.4.14'],
    ]);
  });

  it('has 3 leading epoch 1 until its restart, then 2 leading epoch 2 with the restarted 3', () => {
    expect(brief(t)).toEqual([
      { leader: 3, epoch: 1, followers: [1, 2], observers: [], tookMs: 239, endedBy: 'restart' },
      { leader: 2, epoch: 2, followers: [1, 3], observers: [], tookMs: 215, endedBy: null },
    ]);
    expect(learnerSyncs(t)).toEqual(['1:DIFF', '2:DIFF', '1:DIFF', '3:DIFF']);
  });

  it('reads the old Notification layout', () => {
    const n = t.events.find(
      (e) => e.code === 'fle.notification.received' && e.sid === 3 && e.params.state === 'LEADING',
    );
    expect(n?.params).toEqual({
      from: 2,
      state: 'LEADING',
      leader: 2,
      round: '0x2',
      peerEpoch: 2,
      zxid: '0x100000002',
      myState: 'LOOKING',
      version: '0x1',
      configVersion: null,
    });
  });

  it('shows the session established on 1 and expired by the leader 3', () => {
    expect(t.sessions).toEqual([
      {
        session: '0x169a3b7c5e40000',
        establishedAt: '2019-03-20T10:00:05.020',
        timeoutMs: 4000,
        expiredAt: '2019-03-20T10:00:10.002',
        expiredBy: 3,
        closingAt: '2019-03-20T10:00:10.003',
      },
    ]);
  });
});

describe('the 3.5.10 sample (with an observer)', () => {
  const t = timelineOf('3.5');

  it('counts the late joiner as a follower and the observer as an observer', () => {
    expect(brief(t)).toEqual([
      { leader: 2, epoch: 1, followers: [1, 3], observers: [4], tookMs: 219, endedBy: null },
    ]);
    expect(learnerSyncs(t)).toEqual(['1:DIFF', '3:SNAP', '4:SNAP']);
    expect(t.files.map((f) => f.version)).toEqual(['3.5.10', '3.5.10', '3.5.10', '3.5.10']);
  });

  it('reads the 3.5 Notification with its config version', () => {
    const n = t.events.find(
      (e) => e.code === 'fle.notification.received' && e.params.state === 'LEADING',
    );
    expect(n?.params).toMatchObject({
      from: 2,
      leader: 2,
      peerEpoch: 1,
      version: '0x2',
      configVersion: '0x0',
    });
  });
});

describe('the 3.7.2 sample (a frozen leader)', () => {
  const t = timelineOf('3.7');

  it('ends the frozen leader at its shutdown and elects 2 in epoch 2', () => {
    expect(brief(t)).toEqual([
      { leader: 3, epoch: 1, followers: [1, 2], observers: [], tookMs: 219, endedBy: 'shutdown' },
      { leader: 2, epoch: 2, followers: [1, 3], observers: [], tookMs: 217, endedBy: null },
    ]);
    const shutdown = t.events.find((e) => e.code === 'leader.shutdown');
    expect(shutdown).toMatchObject({ sid: 3, params: { synced: [3] } });
  });

  it("reads the followers' read timeouts", () => {
    const timeouts = t.events.filter((e) => e.code === 'timeout');
    expect(timeouts.map((e) => [e.sid, e.code === 'timeout' && e.params.kind])).toEqual([
      [1, 'leader-read'],
      [2, 'leader-read'],
    ]);
  });

  it('reads the detailed peer states', () => {
    const phases = t.events.filter(
      (e) => e.code === 'state' && e.sid === 3 && e.params.phase !== null,
    );
    expect(
      phases.map(
        (e) =>
          e.code === 'state' &&
          `${e.params.state} ${e.params.phase} ${e.params.syncMode ?? ''}`.trim(),
      ),
    ).toEqual([
      'LEADING discovery',
      'LEADING synchronization',
      'LEADING broadcast',
      'FOLLOWING discovery',
      'FOLLOWING synchronization',
      'FOLLOWING synchronization DIFF',
      'FOLLOWING broadcast',
    ]);
  });
});

describe('the 3.9.5 logback sample (every file named zookeeper.log)', () => {
  const t = timelineOf('3.9-logback');

  it('reads each id from the content', () => {
    expect(t.files.map((f) => [f.name, f.sid])).toEqual([
      ['a/zookeeper.log', 1],
      ['b/zookeeper.log', 2],
      ['c/zookeeper.log', 3],
    ]);
  });

  it('shows the election, the late SNAP and the expired session', () => {
    expect(brief(t)).toEqual([
      { leader: 2, epoch: 1, followers: [1, 3], observers: [], tookMs: 219, endedBy: null },
    ]);
    expect(learnerSyncs(t)).toEqual(['1:DIFF', '3:SNAP']);
    expect(t.sessions).toEqual([
      {
        session: '0x100012c3a5e0000',
        establishedAt: '2025-06-01T16:00:03.020',
        timeoutMs: 4000,
        expiredAt: '2025-06-01T16:00:08.002',
        expiredBy: 2,
        closingAt: '2025-06-01T16:00:08.003',
      },
    ]);
  });

  it('names the learner the leader says goodbye to', () => {
    const bye = t.events.find(
      (e) => e.code === 'connection.error' && e.params.kind === 'learner-goodbye',
    );
    expect(bye).toMatchObject({ sid: 2, params: { peer: 1 } });
  });
});
