// Proves the plain-language event log on the simulation's codes: votes say why they switched,
// decisions say which quorum, a learner's departure gives ZooKeeper's reason with the configured
// limit, all read from the entry's data and not from its text (the texts here are empty or
// misleading on purpose); actions and drops read as sentences, unknown lines fall back to the
// simulation's own text, and every sentence exists in Chinese too.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLocale } from '../i18n/t';
import { say, zabLine } from './explainTestKit';

beforeAll(() => loadLocale('zh-CN'));

describe('explain', () => {
  it('explains a vote switch with its reason', () => {
    expect(
      say(zabLine(3, { kind: 'vote', from: 5, oldLeader: 3, newLeader: 5, because: 'sid' })),
    ).toBe('S3 switches its vote to S5: same peerEpoch, same zxid, higher sid.');
    expect(
      say(zabLine(3, { kind: 'vote', from: 2, oldLeader: 3, newLeader: 2, because: 'zxid' })),
    ).toBe('S3 switches its vote to S2: same peerEpoch, higher zxid.');
    expect(
      say(zabLine(3, { kind: 'catchUp', from: 4, newLeader: 3, because: 'initial', round: 4 })),
    ).toBe('S3 catches up to election round 4 and votes for S3.');
  });

  it('explains a decision and who agreed', () => {
    const decide = { leader: 5, via: 'recvset' as const, supporters: [2, 4, 5] };
    expect(say(zabLine(4, { kind: 'decide', ...decide, finalizeWaitMs: 200 }))).toBe(
      'S4 decides that S5 leads: a quorum (S2, S4, S5) agrees and no better vote came within finalizeWait (200 ms).',
    );
    expect(say(zabLine(4, { kind: 'join', ...decide, via: 'outofelection' }))).toBe(
      'S4 follows S5, which a quorum (S2, S4, S5) already follows: no new election.',
    );
  });

  it('explains why a follower goes LOOKING', () => {
    const reason = { code: 'readTimeout', limit: 'syncLimit', limitMs: 10000 } as const;
    expect(
      say(zabLine(2, { kind: 'learnerShutdown', leader: 5, reason }, 'Leaving the leader S9: ...')),
    ).toBe(
      'S2 leaves its leader S5 and goes LOOKING: no packet from the leader for syncLimit × tickTime = 10 s.',
    );
    expect(
      say(zabLine(5, { kind: 'leaderShutdown', reason: { code: 'notSynced', synced: [5] } })),
    ).toBe('S5 stops leading: it no longer hears from a quorum; only S5 are in sync.');
    expect(
      say(zabLine(5, { kind: 'closeLearner', learner: 3, reason: { code: 'txnTimeout' } })),
    ).toBe('S5 drops its learner S3: S3 did not ACK a proposal within syncLimit × tickTime.');
  });

  it('uses the configured limits', () => {
    expect(say(zabLine(5, { kind: 'discovery', initLimit: 10, limitMs: 20000 }))).toBe(
      'S5 leads: discovery starts; it waits for a quorum of FOLLOWERINFO (initLimit × tickTime = 20 s).',
    );
    expect(
      say(zabLine(2, { kind: 'connecting', leader: 5, observer: false, limitMs: 20000 }), 'zh-CN'),
    ).not.toContain('{');
  });

  it('explains actions and drops', () => {
    expect(
      say({
        t: 8000,
        e: 1,
        k: 'action',
        text: 'crash S5',
        data: { do: 'crash', sid: 5, noop: null },
      }),
    ).toBe('S5 crashes: its process dies, its connections reset, its disk survives.');
    expect(
      say({
        t: 1,
        e: 1,
        k: 'action',
        text: 'partition {1,2} | {3,4,5}',
        data: {
          do: 'partition',
          groups: [
            [1, 2],
            [3, 4, 5],
          ],
        },
      }),
    ).toBe(
      'The network is partitioned: {S1, S2} | {S3, S4, S5}. Links between groups drop silently.',
    );
    expect(
      say({
        t: 1,
        e: 1,
        k: 'action',
        text: 'write /app/key0=v1 via S1',
        data: { do: 'write', path: '/app/key0', data: 'v1', via: 1 },
      }),
    ).toBe('A client writes /app/key0 = v1 through S1.');
    expect(
      say({
        t: 1,
        e: 1,
        k: 'action',
        text: 'write /a=through voter 1 via S4',
        data: { do: 'write', path: '/a', data: 'through voter 1', via: 4 },
      }),
    ).toBe('A client writes /a = through voter 1 through S4.');
    expect(
      say({ t: 1, e: 1, k: 'drop', from: 5, to: 2, label: 'PING', id: 9, reason: 'partitioned' }),
    ).toBe('PING from S5 to S2 is lost: the link is cut by the partition.');
  });

  it('falls back to the simulation’s own line, and says so', () => {
    let fallbacks = 0;
    const count = () => void fallbacks++;
    const line = { t: 1, e: 1, k: 'log', sid: 1, text: 'Something new' } as const;
    expect(say({ ...line, data: { kind: 'brandNew' } }, 'en', count)).toBe('Something new');
    expect(say(line, 'en', count)).toBe('Something new');
    expect(fallbacks).toBe(2);
    say(zabLine(1, { kind: 'reload', zxid: '0x100000002' }), 'en', count);
    const delay = { do: 'delay', delayMsMin: 3, delayMsMax: 9 } as const;
    expect(say({ t: 1, e: 1, k: 'action', text: 'delay 3-9', data: delay }, 'en', count)).toBe(
      'Every message now takes 3–9 ms on the network.',
    );
    expect(fallbacks).toBe(2);
  });

  it('speaks Chinese', () => {
    expect(
      say(
        { t: 8000, e: 1, k: 'action', text: 'crash S5', data: { do: 'crash', sid: 5, noop: null } },
        'zh-CN',
      ),
    ).toBe('S5 崩溃：进程终止，连接被重置，磁盘数据保留。');
    expect(
      say({ t: 0, e: 1, k: 'state', sid: 2, state: 'FOLLOWING', phase: 'broadcast' }, 'zh-CN'),
    ).toBe('S2 现在是 FOLLOWING（广播）。');
  });
});
