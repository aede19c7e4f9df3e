/**
 * ZAB.md section 8, scenarios 5-13: crashes, freezes, partitions and observers, each run through
 * the whole engine with the safety checker on every event, and checked against ZooKeeper's
 * documented outcome (timeouts from zoo_sample.cfg: tickTime 2000, initLimit 10, syncLimit 5).
 */
import { describe, expect, it } from 'vitest';
import { ensemble, run } from './harness';

const lookingAt = (r: ReturnType<typeof run>, sid: number, after: number) =>
  r.stateChanges(sid).find((c) => c.t >= after && c.state === 'LOOKING')?.t;

describe('5. a write that "failed" is committed', () => {
  const W = 3000;
  const r = run(
    ensemble(3, {
      untilMs: 8000,
      actions: [
        { atMs: 1000, do: 'write', via: 3, path: '/a', data: 'before' },
        { atMs: 2000, do: 'delay-link', from: 3, to: 1, extraMs: 1000 },
        { atMs: 2000, do: 'delay-link', from: 2, to: 3, extraMs: 50 },
        { atMs: W, do: 'write', via: 3, path: '/a', data: 'W' },
        { atMs: W + 20, do: 'crash', sid: 3 },
      ],
    }),
  );
  it('the client sees ConnectionLoss, s2 wins with the higher zxid, and W is delivered in epoch 2', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.report.writes[1]).toMatchObject({
      zxid: '0x100000002',
      outcome: 'failed',
      error: 'ConnectionLoss',
    });
    expect(r.report.leader).toBe(2);
    expect(r.report.epoch).toBe(2);
    for (const sid of [1, 2]) {
      expect(r.report.servers[sid - 1]?.lastZxid).toBe('0x100000002');
      expect(r.report.servers[sid - 1]?.delivered).toBe(2);
    }
    expect(r.logs(2).find((l) => l.text.startsWith('Synchronizing with learner S1'))?.text).toMatch(
      /by DIFF/,
    );
  });
});

describe('6. follower crash and restart', () => {
  const writes = Array.from({ length: 10 }, (_, i) => ({
    atMs: 3000 + i * 100,
    do: 'write',
    via: 1,
    path: '/w',
    data: String(i),
  }));
  const r = run(
    ensemble(5, {
      untilMs: 8000,
      actions: [
        { atMs: 1000, do: 'write', via: 1, path: '/w', data: 'first' },
        { atMs: 2000, do: 'crash', sid: 2 },
        ...writes,
        { atMs: 5000, do: 'restart', sid: 2 },
      ],
    }),
  );
  it('writes keep committing; 2 rejoins 5 through out-of-election votes and gets a DIFF of 10 txns', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.report.writes.every((w) => w.outcome === 'committed')).toBe(true);
    expect(r.logs(2).some((l) => /joins the established leader S5/.test(l.text))).toBe(true);
    expect(
      r
        .logs(5)
        .find(
          (l) =>
            l.text.startsWith('Synchronizing with learner S2') && l.text.includes('0x100000001'),
        )?.text,
    ).toMatch(/by DIFF/);
    const toTwo = r.trace.filter(
      (e) => e.k === 'deliver' && e.to === 2 && e.label === 'COMMIT' && e.t >= 5000,
    );
    expect(toTwo).toHaveLength(10);
    for (const sid of [1, 3, 4, 5])
      expect(r.stateChanges(sid).filter((c) => c.t > 1000)).toEqual([]);
    expect(r.report.servers[1]?.delivered).toBe(11);
  });
  it('variant: a follower crashed before the first write rejoins by SNAP', () => {
    const v = run(
      ensemble(5, {
        untilMs: 6000,
        actions: [
          { atMs: 1000, do: 'crash', sid: 2 },
          { atMs: 1500, do: 'write', via: 1, path: '/w', data: 'x' },
          { atMs: 3000, do: 'restart', sid: 2 },
        ],
      }),
    );
    expect(v.report.violations).toEqual([]);
    expect(
      v
        .logs(5)
        .filter((l) => l.text.startsWith('Synchronizing with learner S2'))
        .pop()?.text,
    ).toMatch(/by SNAP/);
  });
});

describe('7. leader crash, 5 servers', () => {
  const r = run(
    ensemble(5, {
      untilMs: 12000,
      actions: [
        { atMs: 2000, do: 'crash', sid: 'leader' },
        { atMs: 4000, do: 'write', via: 1, path: '/a', data: 'x' },
        { atMs: 8000, do: 'restart', sid: 5 },
      ],
    }),
  );
  it('4 leads epoch 2; the first new write is 0x200000001; the restarted 5 follows 4', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.report.leader).toBe(4);
    expect(r.report.epoch).toBe(2);
    expect(r.report.writes[0]).toMatchObject({ zxid: '0x200000001', outcome: 'committed' });
    expect(r.report.servers[4]).toMatchObject({
      state: 'FOLLOWING',
      phase: 'broadcast',
      currentEpoch: 2,
    });
    for (const sid of [1, 2, 3, 4]) expect(lookingAt(r, sid, 2000)).toBeLessThan(2020);
  });
  it('no LOOKING server follows the dead 5, although stale votes name it (checkLeader)', () => {
    for (const sid of [1, 2, 3, 4]) {
      expect(
        r
          .logs(sid)
          .filter((l) => l.t > 2000 && l.t < 8000)
          .some((l) => /Following S5/.test(l.text)),
      ).toBe(false);
    }
  });
});

describe('8. silent leader failure (freeze)', () => {
  const r = run(ensemble(5, { untilMs: 16000, actions: [{ atMs: 3000, do: 'freeze', sid: 5 }] }));
  it('followers go LOOKING syncLimit x tickTime after the last packet, then elect 4', () => {
    expect(r.report.violations).toEqual([]);
    for (const sid of [1, 2, 3, 4]) {
      const t = lookingAt(r, sid, 3000) ?? 0;
      expect(t).toBeGreaterThanOrEqual(3000 + 9000);
      expect(t).toBeLessThanOrEqual(3000 + 10000);
    }
    expect(r.report.leader).toBe(4);
    expect(r.report.epoch).toBe(2);
  });
});

describe('9. leader isolated (3 servers)', () => {
  const T = 3000;
  const r = run(
    ensemble(3, { untilMs: 20000, actions: [{ atMs: T, do: 'partition', groups: [[1, 2], [3]] }] }),
  );
  it('1 and 2 elect 2 in epoch 2; 3 steps down within (syncLimit + 1) x tickTime', () => {
    expect(r.report.violations).toEqual([]);
    for (const sid of [1, 2]) {
      const t = lookingAt(r, sid, T) ?? 0;
      expect(t).toBeGreaterThanOrEqual(T + 9000);
      expect(t).toBeLessThanOrEqual(T + 10000);
    }
    expect(r.report.leader).toBe(2);
    expect(r.report.epoch).toBe(2);
    const down = lookingAt(r, 3, T) ?? Infinity;
    expect(down).toBeLessThanOrEqual(T + 12000);
    expect(
      r
        .logs(3)
        .some((l) => /Not sufficient followers synced, only synced with sids: \[3\]/.test(l.text)),
    ).toBe(true);
  });
});

describe('10. a minority partition cannot commit', () => {
  const r = run(
    ensemble(5, {
      untilMs: 100000,
      actions: [
        {
          atMs: 2000,
          do: 'partition',
          groups: [
            [4, 5],
            [1, 2, 3],
          ],
        },
        { atMs: 2500, do: 'write', via: 4, path: '/orphan', data: 'x' },
        { atMs: 30000, do: 'heal' },
      ],
    }),
  );
  it('the orphaned proposal is never committed; 5 steps down; {1,2,3} elect 3; after heal all follow 3', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.report.writes[0]).toMatchObject({ zxid: '0x100000001', outcome: 'failed' });
    expect(
      r.trace.some((e) => e.k === 'deliver' && e.label === 'COMMIT' && e.t < 30000 && e.t > 2000),
    ).toBe(false);
    const down = lookingAt(r, 5, 2000) ?? Infinity;
    expect(down).toBeGreaterThanOrEqual(2000 + 10000);
    expect(down).toBeLessThanOrEqual(2000 + 12000);
    expect(r.report.leader).toBe(3);
    expect(r.report.epoch).toBe(2);
    for (const s of r.report.servers)
      expect(s.state === 'LEADING' || s.state === 'FOLLOWING').toBe(true);
    for (const s of r.report.servers) expect(s.delivered).toBe(0);
    // ZAB.md says TRUNC "if no write has been committed in e+1 yet", but that holds only before the
    // new leader activates: Leader.startZkServer sets lastProcessedZxid to (e+1, 0), and
    // LearnerHandler.syncFollower maps an empty committed log with lastProcessedZxid > peerZxid to
    // SNAP. At the heal (30 s) 3 is long active, so ZooKeeper sends SNAP.
    expect(
      r
        .logs(3)
        .filter((l) => l.text.startsWith('Synchronizing with learner S5'))
        .pop()?.text,
    ).toMatch(/by SNAP/);
  });
  it('variant: with a txn committed before the split, the orphan is cut off by TRUNC instead', () => {
    const v = run(
      ensemble(5, {
        untilMs: 100000,
        actions: [
          { atMs: 1000, do: 'write', via: 1, path: '/a', data: 'committed' },
          {
            atMs: 2000,
            do: 'partition',
            groups: [
              [4, 5],
              [1, 2, 3],
            ],
          },
          { atMs: 2500, do: 'write', via: 4, path: '/orphan', data: 'x' },
          { atMs: 30000, do: 'heal' },
        ],
      }),
    );
    expect(v.report.violations).toEqual([]);
    const sync5 = v
      .logs(3)
      .filter((l) => l.text.startsWith('Synchronizing with learner S5'))
      .pop()?.text;
    expect(sync5).toMatch(/by TRUNC .*peerLastZxid 0x100000002/);
    for (const s of v.report.servers) expect([s.lastZxid, s.delivered]).toEqual(['0x100000001', 1]);
  });

  it('the minority stays LOOKING with a growing notification back-off', () => {
    const timeouts = r
      .logs(4)
      .filter((l) => l.t < 30000 && /Notification time out/.test(l.text))
      .map((l) => l.text);
    expect(timeouts).toContain('Notification time out: 6400 ms');
    expect(
      r.stateChanges(4).filter((c) => c.t > 12000 && c.t < 30000 && c.state !== 'LOOKING'),
    ).toEqual([]);
  });
});

describe('11. no quorum', () => {
  it.each([3, 4])('%i servers, crash 2: the survivors stay LOOKING and back off', (n) => {
    const r = run(
      ensemble(n, {
        untilMs: 60000,
        actions: [
          { atMs: 2000, do: 'crash', sid: 'leader' },
          { atMs: 2000, do: 'crash', sid: 1 },
        ],
      }),
    );
    expect(r.report.violations).toEqual([]);
    expect(r.report.leader).toBeNull();
    for (const s of r.report.servers) expect(['LOOKING', 'DOWN']).toContain(s.state);
    expect(r.logs(2).some((l) => l.text === 'Notification time out: 25600 ms')).toBe(true);
  });
});

describe('12. observers do not vote', () => {
  const r = run(
    ensemble(
      3,
      {
        untilMs: 8000,
        actions: [
          { atMs: 1000, do: 'write', via: 4, path: '/a', data: 'x' },
          { atMs: 3000, do: 'crash', sid: 3 },
          { atMs: 3000, do: 'crash', sid: 2 },
        ],
      },
      { observers: 2 },
    ),
  );
  it('observers get INFORM, never PROPOSAL or COMMIT in broadcast; 2 crashed voters stop the service', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.report.writes[0]?.outcome).toBe('committed');
    for (const sid of [4, 5]) {
      expect(r.delivered('INFORM', sid).length).toBe(1);
      expect(
        r.trace.some(
          (e) =>
            e.k === 'deliver' && e.to === sid && (e.label === 'PROPOSAL' || e.label === 'COMMIT'),
        ),
      ).toBe(false);
      expect(
        r.trace.some((e) => e.k === 'deliver' && e.from === sid && e.label === 'ACK' && e.t > 500),
      ).toBe(false);
    }
    expect(r.report.leader).toBeNull();
    expect(r.report.servers[0]?.state).toBe('LOOKING');
  });
});

describe('13. discovery timeout', () => {
  // Find the moment 3 decides, then cut it off right there.
  const probe = run(ensemble(3, { untilMs: 1000 }));
  const decidedAt = probe.logs(3).find((l) => /LEADER ELECTION TOOK/.test(l.text))?.t ?? 0;
  const r = run(
    ensemble(3, {
      untilMs: 30000,
      actions: [{ atMs: decidedAt + 1, do: 'partition', groups: [[1, 2], [3]] }],
    }),
  );
  it('3 gives up after initLimit x tickTime; 1 and 2 fail to connect within 20 s and elect 2', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.logs(3).some((l) => /Timeout while waiting for epoch from quorum/.test(l.text))).toBe(
      true,
    );
    expect(lookingAt(r, 3, decidedAt + 1)).toBe(decidedAt + 20000);
    for (const sid of [1, 2])
      expect(r.logs(sid).some((l) => /Failed to connect to leader S3 within/.test(l.text))).toBe(
        true,
      );
    expect(r.report.leader).toBe(2);
  });
});
