// Proves that the ZAB layer speaks in codes and the app renders every one of them: each preset is
// run through the simulation, every line the ZAB layer and the database write carries a known code
// (checked at the port itself, not only in the trace), and explain() turns each into a complete
// sentence in English and Chinese without falling back to the simulation's text; a sample of every
// code and every reason code, the ones no preset reaches included, renders the same way.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TraceEvent } from '../../protocol/frame';
import { DatabasePort } from '../../sim/engine/databasePort';
import { PRESETS } from '../../sim/scenario/presets';
import { run } from '../../sim/scenarios/harness';
import {
  isZabLogKind,
  type ZabLogData,
  type ZabLogKind,
  type ZabLogOf,
} from '../../sim/zab/logCodes';
import type { CloseLearnerReason, LeaderQuit, LearnerQuit } from '../../sim/zab/quitReasons';
import { SYNC_RULE_TEXT, type SyncRule } from '../../sim/zab/syncMode';
import { LOCALES, loadLocale } from '../i18n/t';
import { say, zabLine } from './explainTestKit';

beforeAll(() => loadLocale('zh-CN'));
afterEach(() => vi.restoreAllMocks());

/** Renders `ev` in every locale; returns the sentences and how many fell back to raw text. */
function render(ev: TraceEvent): { sentences: string[]; fallbacks: number } {
  let fallbacks = 0;
  const sentences = LOCALES.map((locale) => say(ev, locale, () => void fallbacks++));
  return { sentences, fallbacks };
}

/** A sentence is complete: every parameter filled, none missing or not a number. */
function expectComplete(sentences: string[], what: string): void {
  const [en, zh] = sentences;
  for (const s of sentences) expect(s, what).not.toMatch(/\{\w+\}|undefined|NaN|null|\[object/);
  expect(zh, `${what}: the Chinese sentence`).not.toBe(en);
}

describe('the ZAB layer’s trace lines on every preset', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s', (_id, preset) => {
    const written: unknown[] = [];
    const log = DatabasePort.prototype.log;
    vi.spyOn(DatabasePort.prototype, 'log').mockImplementation(function (
      this: DatabasePort,
      text,
      data,
    ) {
      written.push(data.kind);
      log.call(this, text, data);
    });
    const r = run(preset.scenario);
    // The port refuses an uncoded line at compile time; this is the check at run time.
    expect(written.length).toBeGreaterThan(0);
    expect(written.filter((k) => !isZabLogKind(k))).toEqual([]);
    const lines = r.trace.filter(
      (e): e is Extract<TraceEvent, { k: 'log' }> => e.k === 'log' && isZabLogKind(e.data?.kind),
    );
    expect(lines.length).toBeGreaterThanOrEqual(written.length);
    let fallbacks = 0;
    for (const ev of lines) {
      const out = render(ev);
      fallbacks += out.fallbacks;
      expectComplete(out.sentences, `${ev.data?.kind as string}: ${ev.text}`);
    }
    expect(fallbacks).toBe(0);
    // Every other log line still has a code of its own layer (nothing is written without data).
    expect(r.trace.filter((e) => e.k === 'log' && typeof e.data?.kind !== 'string')).toEqual([]);
  });
});

const LEADER_QUITS: { [C in LeaderQuit['code']]: Extract<LeaderQuit, { code: C }> } = {
  epochTooLarge: { code: 'epochTooLarge', needed: 4294967296 },
  epochTimeout: { code: 'epochTimeout' },
  epochAckTimeout: { code: 'epochAckTimeout' },
  newLeaderTimeout: { code: 'newLeaderTimeout', synced: [3] },
  zxidExhausted: { code: 'zxidExhausted' },
  notSynced: { code: 'notSynced', synced: [1, 3] },
};
const LEARNER_QUITS: { [C in LearnerQuit['code']]: Extract<LearnerQuit, { code: C }> } = {
  connectTries: { code: 'connectTries', leader: 3, tries: 5 },
  connectTimeout: { code: 'connectTimeout', leader: 3, limitMs: 20000 },
  readTimeout: { code: 'readTimeout', limit: 'syncLimit', limitMs: 10000 },
  connectionClosed: { code: 'connectionClosed' },
  staleLeaderEpoch: { code: 'staleLeaderEpoch', epoch: 1, accepted: 2 },
  unmatchedCommit: { code: 'unmatchedCommit', zxid: '0x100000002', head: null },
};
const CLOSE_REASONS: {
  [C in CloseLearnerReason['code']]: Extract<CloseLearnerReason, { code: C }>;
} = {
  followerAhead: {
    code: 'followerAhead',
    epoch: 2,
    zxid: '0x200000001',
    leaderEpoch: 1,
    leaderZxid: '0x100000004',
  },
  txnTimeout: { code: 'txnTimeout' },
  learnerTimeout: { code: 'learnerTimeout', limitMs: 10000 },
};
const syncMode = (ruleCode: SyncRule): ZabLogOf<'syncMode'> => ({
  kind: 'syncMode',
  learner: 2,
  mode: 'DIFF',
  ruleCode,
  zxid: '0x100000003',
  peerLastZxid: '0x100000002',
  minCommittedLog: '0x100000001',
  maxCommittedLog: '0x100000003',
  lastProcessedZxid: '0x100000003',
  committedLogCount: 3,
  txnLogSizeLimit: 1000,
  txnLogStorage: 10,
});

/** One sample per code; the mapped type makes the compiler refuse a missing code. */
const SAMPLES: { [K in ZabLogKind]: ZabLogOf<K> } = {
  newElection: { kind: 'newElection', round: 2, zxid: '0x0', peerEpoch: 0, origin: null },
  notificationTimeout: { kind: 'notificationTimeout', notTimeoutMs: 400 },
  vote: { kind: 'vote', from: 5, oldLeader: 3, newLeader: 5, because: 'peerEpoch' },
  catchUp: { kind: 'catchUp', from: 5, newLeader: 5, because: 'sid', round: 3 },
  decide: { kind: 'decide', leader: 5, via: 'recvset', supporters: [3, 5], finalizeWaitMs: 200 },
  join: { kind: 'join', leader: 5, via: 'outofelection', supporters: [3, 4, 5] },
  elected: { kind: 'elected', leader: 5, state: 'FOLLOWING', tookMs: 219 },
  discovery: { kind: 'discovery', initLimit: 10, limitMs: 20000 },
  epoch: { kind: 'epoch', epoch: 2, quorum: [1, 3] },
  established: { kind: 'established', epoch: 2, quorum: [1, 3] },
  syncMode: syncMode('in-sync'),
  activated: { kind: 'activated', epoch: 2, zxid: '0x200000000', quorum: [1, 3] },
  propose: { kind: 'propose', zxid: '0x200000001', path: '/a' },
  commit: { kind: 'commit', zxid: '0x200000001', ackers: [1, 3] },
  closeLearner: { kind: 'closeLearner', learner: 2, reason: CLOSE_REASONS.txnTimeout },
  leaderShutdown: { kind: 'leaderShutdown', reason: null },
  unexpectedPacket: { kind: 'unexpectedPacket', packet: 'PING', from: 3 },
  connecting: { kind: 'connecting', leader: 3, observer: true, limitMs: 20000 },
  diff: { kind: 'diff', zxid: '0x100000003', from: 3 },
  trunc: { kind: 'trunc', zxid: '0x100000003', from: 3 },
  snap: { kind: 'snap', zxid: '0x100000003', from: 3 },
  commitMismatch: { kind: 'commitMismatch', zxid: '0x100000003', head: null, at: 'newLeader' },
  learnerShutdown: { kind: 'learnerShutdown', leader: 3, reason: null },
  snapshot: { kind: 'snapshot', zxid: '0x100000003', cause: 'lead' },
  loadDataBase: {
    kind: 'loadDataBase',
    zxid: '0x100000003',
    snapshotZxid: '0x0',
    replayed: 3,
    fresh: false,
  },
  fastForward: { kind: 'fastForward', replayed: 2, zxid: '0x100000003' },
  reload: { kind: 'reload', zxid: '0x100000001' },
  dirtySnapshot: { kind: 'dirtySnapshot', snapshotZxid: '0x100000004', truncZxid: '0x100000002' },
  commitLogCount: { kind: 'commitLogCount', configured: 3, floor: 500 },
};

describe('every code and every reason code', () => {
  const cases: [string, ZabLogData][] = [
    ...Object.values(SAMPLES).map((d): [string, ZabLogData] => [d.kind, d]),
    ...Object.values(LEADER_QUITS).map((reason): [string, ZabLogData] => [
      `leaderShutdown ${reason.code}`,
      { kind: 'leaderShutdown', reason },
    ]),
    ...Object.values(LEARNER_QUITS).map((reason): [string, ZabLogData] => [
      `learnerShutdown ${reason.code}`,
      { kind: 'learnerShutdown', leader: 3, reason },
    ]),
    [
      'learnerShutdown unmatchedCommit with a head',
      {
        kind: 'learnerShutdown',
        leader: 3,
        reason: { code: 'unmatchedCommit', zxid: '0x100000002', head: '0x100000001' },
      },
    ],
    ...Object.values(CLOSE_REASONS).map((reason): [string, ZabLogData] => [
      `closeLearner ${reason.code}`,
      { kind: 'closeLearner', learner: 2, reason },
    ]),
    ...(Object.keys(SYNC_RULE_TEXT) as SyncRule[]).map((rule): [string, ZabLogData] => [
      `syncMode ${rule}`,
      syncMode(rule),
    ]),
    ['commitMismatch with a head', { ...SAMPLES.commitMismatch, head: '0x100000002', at: 'sync' }],
  ];

  it.each(cases)('%s', (what, data) => {
    const out = render(zabLine(4, data, 'RAW'));
    expect(out.fallbacks).toBe(0);
    expectComplete(out.sentences, what);
    expect(out.sentences).not.toContain('RAW');
  });

  it('gives each sync rule and each reason a sentence of its own', () => {
    const en = (cs: [string, ZabLogData][]) =>
      cs.map(([, d]) => render(zabLine(4, d, 'RAW')).sentences[0]);
    const rules = cases.filter(([w]) => w.startsWith('syncMode '));
    expect(new Set(en(rules)).size).toBe(rules.length);
    const quits = cases.filter(([w]) => /^(leader|learner)Shutdown |^closeLearner /.test(w));
    expect(new Set(en(quits)).size).toBe(quits.length);
  });
});
