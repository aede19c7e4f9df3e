// Proves that the event log says which zxid a server votes with and why, from the simulation's
// codes (never its prose): on the snap-synced-wins preset, S1 votes with the snapshot it got from
// S3 and wins; every origin code and snapshot cause has a full English and Chinese sentence.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LastProcessedOrigin, TraceEvent } from '../../protocol/frame';
import { presetById } from '../../sim/scenario/presets';
import { run } from '../../sim/scenarios/harness';
import { makeZxid } from '../../sim/zab/zxid';
import { loadLocale, t } from '../i18n/t';
import { say } from './explainTestKit';
import { originClause, originOfFrame, snapshotCause } from './voteOrigin';

beforeAll(() => loadLocale('zh-CN'));

const ORIGINS: LastProcessedOrigin[] = [
  { origin: 'initial' },
  { origin: 'restart-snapshot', snapshotZxid: makeZxid(1, 0), cause: 'start' },
  { origin: 'restart-snapshot', snapshotZxid: makeZxid(1, 0), cause: 'snap-aborted' },
  { origin: 'restart-log', snapshotZxid: makeZxid(1, 0), replayed: 4, cause: 'start' },
  { origin: 'restart-log', snapshotZxid: makeZxid(1, 0), replayed: 4, cause: 'snap-aborted' },
  { origin: 'commit' },
  { origin: 'sync-commit', from: 3 },
  { origin: 'fast-forward', replayed: 2 },
  { origin: 'snap', from: 3 },
  { origin: 'trunc', from: 2 },
  { origin: 'activation', epoch: 2 },
];

describe('the vote zxid and its origin in the event log', () => {
  const r = run(presetById('snap-synced-wins')?.scenario);
  const lines = r.trace.filter((e) => e.k === 'log');

  it('says S1 votes with the snapshot it got from S3, and S1 leads', () => {
    const round2 = lines.filter(
      (e) => e.sid === 1 && e.data?.['kind'] === 'newElection' && e.data['round'] === 2,
    );
    expect(round2).toHaveLength(1);
    expect(say(round2[0] as TraceEvent)).toBe(
      'S1 starts election round 2 and votes for itself with zxid 0x100000000: the snapshot it got from S3.',
    );
    expect(say(round2[0] as TraceEvent, 'zh-CN')).toBe(
      'S1 开始第 2 轮选举，先投票给自己，zxid 为 0x100000000：从 S3 收到的快照。',
    );
    const elected = lines.filter((e) => e.data?.['kind'] === 'elected' && e.t > 6000);
    expect(elected.map((e) => [e.sid, e.data?.['state']])).toContainEqual([1, 'LEADING']);
  });

  it('says where each snapshot came from', () => {
    const snaps = lines.filter((e) => e.sid === 1 && e.data?.['kind'] === 'snapshot');
    expect(snaps.map((e) => say(e))).toEqual([
      'S1 writes snapshot 0x100000000 to its disk (the leader’s tree, received by SNAP).',
      'S1 writes snapshot 0x100000000 to its disk (taken when it started leading).',
    ]);
  });

  it('words every origin and every snapshot cause in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const tr = (k: Parameters<typeof t>[1], p?: Parameters<typeof t>[2]) => t(locale, k, p);
      const clauses = ORIGINS.map((o) => originClause(originOfFrame(o), tr));
      for (const c of clauses) expect(c).toMatch(/^[^{}]+$/);
      expect(new Set(clauses).size).toBe(ORIGINS.length);
      for (const cause of ['initial', 'lead', 'snap', 'trunc'] as const)
        expect(snapshotCause(cause, tr)).toMatch(/^[^{}]+$/);
    }
    expect(originClause({ origin: 'unheard-of' }, (k) => k)).toBeNull();
  });
});
