// Proves the plain-language event log on the simulation's real phrasings: votes say why they
// switched, decisions say which quorum, a learner's departure gives ZooKeeper's reason with the
// configured limit, actions and drops read as sentences, unknown lines fall back to the
// simulation's own text, and every sentence exists in Chinese too.
import { beforeAll, describe, expect, it } from 'vitest';
import type { LogEntryView, TraceEvent } from '../../protocol/frame';
import type { RunInfo } from '../../protocol/messages';
import { loadLocale, t, type Locale } from '../i18n/t';
import { explain } from './explain';

beforeAll(() => loadLocale('zh-CN'));

const INFO: RunInfo = {
  seed: 1,
  untilMs: 30000,
  servers: 5,
  observers: 0,
  tickTimeMs: 2000,
  initLimit: 10,
  syncLimit: 5,
  delayMsMin: 1,
  delayMsMax: 5,
  commitLogCount: 500,
  commitLogFloor: 500,
};
const entry = (ev: TraceEvent): LogEntryView => ({
  i: 0,
  cat: 'state',
  sid: null,
  user: false,
  ev,
});
const say = (ev: TraceEvent, locale: Locale = 'en') =>
  explain(entry(ev), (k, p) => t(locale, k, p), INFO);

describe('explain', () => {
  it('explains a vote switch with its reason', () => {
    expect(
      say({
        t: 2,
        e: 13,
        k: 'log',
        sid: 3,
        text: 'S3 switches its vote from S3 to S5: same peerEpoch, same zxid, higher sid',
        data: { kind: 'vote', from: 5, oldLeader: 3, newLeader: 5, because: 'sid' },
      }),
    ).toBe('S3 switches its vote to S5: same peerEpoch, same zxid, higher sid.');
    expect(
      say({
        t: 2,
        e: 13,
        k: 'log',
        sid: 3,
        text: '',
        data: { kind: 'vote', newLeader: 2, because: 'zxid' },
      }),
    ).toBe('S3 switches its vote to S2: same peerEpoch, higher zxid.');
  });

  it('explains a decision and who agreed', () => {
    expect(
      say({
        t: 207,
        e: 154,
        k: 'log',
        sid: 4,
        text: '',
        data: { kind: 'decide', leader: 5, via: 'recvset', supporters: [2, 4, 5] },
      }),
    ).toBe(
      'S4 decides that S5 leads: a quorum (S2, S4, S5) agrees and no better vote came within finalizeWait (200 ms).',
    );
  });

  it('explains why a follower goes LOOKING', () => {
    const text =
      'Leaving the leader S5: Read timed out: no packet from the leader for syncLimit x tickTime = 10000 ms';
    expect(
      say({
        t: 1,
        e: 1,
        k: 'log',
        sid: 2,
        text,
        data: {
          kind: 'shutdown',
          reason: 'Read timed out: no packet from the leader for syncLimit x tickTime = 10000 ms',
        },
      }),
    ).toBe(
      'S2 leaves its leader S5 and goes LOOKING: no packet from the leader for syncLimit × tickTime = 10 s.',
    );
  });

  it('uses the configured limits', () => {
    expect(
      say({
        t: 0,
        e: 1,
        k: 'log',
        sid: 5,
        text: 'LEADING - discovery: waiting for a quorum of FOLLOWERINFO (initLimit 10 x tickTime)',
      }),
    ).toBe(
      'S5 leads: discovery starts; it waits for a quorum of FOLLOWERINFO (initLimit × tickTime = 20 s).',
    );
  });

  it('explains actions and drops', () => {
    expect(say({ t: 8000, e: 1, k: 'action', text: 'crash S5' })).toBe(
      'S5 crashes: its process dies, its connections reset, its disk survives.',
    );
    expect(say({ t: 1, e: 1, k: 'action', text: 'partition {1,2} | {3,4,5}' })).toBe(
      'The network is partitioned: {S1, S2} | {S3, S4, S5}. Links between groups drop silently.',
    );
    expect(say({ t: 1, e: 1, k: 'action', text: 'write /app/key0=v1 via S1' })).toBe(
      'A client writes /app/key0 = v1 through S1.',
    );
    expect(say({ t: 1, e: 1, k: 'action', text: 'write /a=through voter 1 via S4' })).toBe(
      'A client writes /a = through voter 1 through S4.',
    );
    expect(
      say({ t: 1, e: 1, k: 'drop', from: 5, to: 2, label: 'PING', id: 9, reason: 'partitioned' }),
    ).toBe('PING from S5 to S2 is lost: the link is cut by the partition.');
  });

  it('falls back to the simulation’s own line', () => {
    expect(
      say({ t: 1, e: 1, k: 'log', sid: 1, text: 'Something new', data: { kind: 'brandNew' } }),
    ).toBe('Something new');
    expect(say({ t: 1, e: 1, k: 'action', text: 'delay 3-9' })).toBe('delay 3-9');
  });

  it('speaks Chinese', () => {
    expect(say({ t: 8000, e: 1, k: 'action', text: 'crash S5' }, 'zh-CN')).toBe(
      'S5 崩溃：进程终止，连接被重置，磁盘数据保留。',
    );
    expect(
      say({ t: 0, e: 1, k: 'state', sid: 2, state: 'FOLLOWING', phase: 'broadcast' }, 'zh-CN'),
    ).toBe('S2 现在是 FOLLOWING（广播）。');
  });
});
