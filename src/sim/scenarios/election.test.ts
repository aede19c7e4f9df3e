/**
 * ZAB.md section 8, scenarios 1-4, 19 and 20: Fast Leader Election outcomes, run through the
 * whole engine with the safety checker on every event. Each test states ZooKeeper's expected
 * outcome and checks it in the report and the trace.
 */
import { describe, expect, it } from 'vitest';
import { ensemble, run } from './harness';

describe('1. cold start, 5 servers, empty logs', () => {
  const r = run(
    ensemble(5, { actions: [{ atMs: 1000, do: 'write', via: 1, path: '/a', data: 'x' }] }),
  );
  it('elects 5 in round 1, epoch 1, and the first write is 0x100000001', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.report.leader).toBe(5);
    expect(r.report.epoch).toBe(1);
    for (const s of r.report.servers) {
      expect(s.state).toBe(s.sid === 5 ? 'LEADING' : 'FOLLOWING');
      expect([s.acceptedEpoch, s.currentEpoch]).toEqual([1, 1]);
    }
    expect(r.report.writes[0]).toMatchObject({ zxid: '0x100000001', outcome: 'committed' });
    expect(
      r.trace.some(
        (e) =>
          e.k === 'log' && /round/.test(JSON.stringify(e)) && /"round":2/.test(JSON.stringify(e)),
      ),
    ).toBe(false);
  });
  it('no server decides earlier than finalizeWait after the last notification it received', () => {
    for (let sid = 1; sid <= 5; sid++) {
      const decided = r.logs(sid).find((l) => /LEADER ELECTION TOOK/.test(l.text));
      expect(decided).toBeDefined();
      const lastNote = r
        .delivered('Notification', sid)
        .filter((e) => e.t <= (decided?.t ?? 0))
        .pop();
      expect((decided?.t ?? 0) - (lastNote?.t ?? 0)).toBeGreaterThanOrEqual(200);
    }
  });
  it('followers synced before activation get an empty DIFF', () => {
    const modes = r.logs(5).filter((l) => /Synchronizing with learner/.test(l.text));
    expect(modes).toHaveLength(4);
    for (const m of modes) expect(m.text).toMatch(/by DIFF \(in sync: empty DIFF\)/);
  });
});

describe('2. staggered start', () => {
  const r = run(
    ensemble(
      5,
      { untilMs: 15000 },
      {
        start: [
          { sid: 4, atMs: 5000 },
          { sid: 5, atMs: 10000 },
        ],
      },
    ),
  );
  it('the first quorum elects its highest sid, 3; 4 and 5 join by SNAP without re-election', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.report.leader).toBe(3);
    expect(r.report.epoch).toBe(1);
    expect(r.report.elections).toHaveLength(1);
    for (const sid of [4, 5]) {
      expect(r.report.servers[sid - 1]?.state).toBe('FOLLOWING');
      expect(
        r.logs(3).some((l) => l.text.startsWith(`Synchronizing with learner S${sid} by SNAP`)),
      ).toBe(true);
      expect(r.logs(sid).some((l) => /joins the established leader S3/.test(l.text))).toBe(true);
    }
  });
});

describe('3. higher zxid beats higher sid', () => {
  const initial = [
    { sid: 1, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x100000005' },
    { sid: 2, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x100000003' },
    { sid: 3, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x100000003' },
  ];
  const r = run(ensemble(3, {}, { initial }));
  it('s1 leads epoch 2 and ships 0x100000004 and 0x100000005 by DIFF before NEWLEADER', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.report.leader).toBe(1);
    expect(r.report.epoch).toBe(2);
    for (const sid of [2, 3]) {
      expect(
        r.logs(1).some((l) => l.text.startsWith(`Synchronizing with learner S${sid} by DIFF`)),
      ).toBe(true);
      const toSid = r.trace
        .filter((e) => e.k === 'deliver' && e.to === sid && e.from === 1)
        .map((e) => (e.k === 'deliver' ? e.label : ''));
      const diff = toSid.indexOf('DIFF');
      expect(toSid.slice(diff, diff + 6)).toEqual([
        'DIFF',
        'PROPOSAL',
        'COMMIT',
        'PROPOSAL',
        'COMMIT',
        'NEWLEADER',
      ]);
    }
    for (const s of r.report.servers) expect(s.lastZxid).toBe('0x100000005');
    for (const s of r.report.servers) expect(s.delivered).toBe(5);
  });
});

describe('4. higher peerEpoch beats higher zxid', () => {
  const initial = [
    { sid: 1, acceptedEpoch: 2, currentEpoch: 2, lastZxid: '0x100000003' },
    { sid: 2, acceptedEpoch: 2, currentEpoch: 2, lastZxid: '0x100000003' },
    { sid: 3, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x100000007' },
  ];
  const r = run(ensemble(3, {}, { initial }));
  it('s2 leads epoch 3; s3 is truncated to 0x100000003 and s1 gets an empty DIFF', () => {
    expect(r.report.violations).toEqual([]);
    expect(r.report.leader).toBe(2);
    expect(r.report.epoch).toBe(3);
    expect(r.logs(2).find((l) => l.text.startsWith('Synchronizing with learner S3'))?.text).toMatch(
      /by TRUNC/,
    );
    expect(r.logs(2).find((l) => l.text.startsWith('Synchronizing with learner S1'))?.text).toMatch(
      /by DIFF/,
    );
    expect(
      r.logs(3).some((l) => l.text === 'Truncating log to get in sync with the leader 0x100000003'),
    ).toBe(true);
    expect(r.report.servers[2]?.lastZxid).toBe('0x100000003');
  });
});

describe('19. round catch-up', () => {
  // 5 voters, only 1-3 up: each crash of the leader 3 leaves 1 and 2 LOOKING one round further;
  // each restart of 3 (round 1) catches up to their round and re-elects 3.
  const actions: Record<string, unknown>[] = [];
  for (let i = 0; i < 6; i++) {
    actions.push(
      { atMs: 2000 + i * 2000, do: 'crash', sid: 3 },
      { atMs: 2500 + i * 2000, do: 'restart', sid: 3 },
    );
  }
  const r = run(
    ensemble(
      5,
      { untilMs: 15000, actions },
      {
        start: [
          { sid: 4, atMs: 999999 },
          { sid: 5, atMs: 999999 },
        ],
      },
    ),
  );
  it("a restarted server jumps from round 1 to the others' round 7 and converges", () => {
    expect(r.report.violations).toEqual([]);
    expect(r.logs(3).some((l) => /catches up to round 7/.test(l.text))).toBe(true);
    expect(r.report.leader).toBe(3);
    expect(r.report.servers.slice(0, 3).map((s) => s.state)).toEqual([
      'FOLLOWING',
      'FOLLOWING',
      'LEADING',
    ]);
  });
});

describe('20. determinism', () => {
  const scenario = ensemble(5, {
    untilMs: 12000,
    actions: [
      { atMs: 3000, do: 'crash', sid: 'leader' },
      { atMs: 6000, do: 'restart', sid: 5 },
    ],
  });
  it('the same seed gives a byte-identical trace; another seed may change timing, never safety', () => {
    const a = run(scenario);
    const b = run(scenario);
    expect(a.report.traceHash).toBe(b.report.traceHash);
    expect(JSON.stringify(a.trace)).toBe(JSON.stringify(b.trace));
    const c = run({ ...scenario, seed: 7 });
    expect(c.report.traceHash).not.toBe(a.report.traceHash);
    expect(c.report.violations).toEqual([]);
  });
});
