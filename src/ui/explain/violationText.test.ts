/**
 * Proves that checker violations carry typed parameters (sid, peers, zxid, value, epoch) and that
 * the app's sentence, in English and zh-CN, is worded from them and names them, not from `detail`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ghost as g, runHistory, tx } from '../../sim/check/ghostTestKit';
import type { Violation } from '../../sim/check/ghost';
import { loadLocale, t } from '../i18n/t';
import { violationSentence } from './violationText';

function only(violations: Violation[], invariant: string): Violation {
  const v = violations.find((x) => x.invariant === invariant);
  if (!v) throw new Error(`no ${invariant} violation`);
  return v;
}

function both(v: Violation): [string, string] {
  return [
    violationSentence(v.invariant, v.params, (k, p) => t('en', k, p)),
    violationSentence(v.invariant, v.params, (k, p) => t('zh-CN', k, p)),
  ];
}

beforeAll(() => loadLocale('zh-CN'));

describe('violation sentences from parameters', () => {
  it('names both leaders and the epoch of a Leadership violation', () => {
    const { violations } = runHistory([g.established(1, 3, []), g.established(2, 3, [])]);
    const v = only(violations, 'Leadership');
    expect(v.params).toEqual({ sid: 1, peers: [2], zxid: null, value: null, epoch: 3 });
    for (const s of both(v)) {
      expect(s).toContain('S1');
      expect(s).toContain('S2');
      expect(s).toContain('epoch 3');
    }
  });

  it('names the server, zxid and value of an Integrity violation', () => {
    const { violations } = runHistory([
      g.propose(1, 1, tx(1, 1, 'a')),
      g.deliver(2, tx(1, 1, 'forged')),
    ]);
    const v = only(violations, 'Integrity');
    expect(v.params).toMatchObject({ sid: 2, zxid: '0x100000001', value: 'forged' });
    const [en, zh] = both(v);
    for (const s of [en, zh]) {
      expect(s).toContain('S2');
      expect(s).toContain('0x100000001');
      expect(s).toContain('"forged"');
    }
    expect(en).not.toEqual(v.detail);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names the committing leader and the zxid of a CommitQuorum violation', () => {
    const { violations } = runHistory([
      g.propose(1, 1, tx(1, 1, 'a')),
      g.commit(1, tx(1, 1).zxid, [1]),
    ]);
    const v = only(violations, 'CommitQuorum');
    expect(v.params).toMatchObject({ sid: 1, zxid: '0x100000001', peers: [1] });
    for (const s of both(v)) expect(s).toContain('COMMIT(0x100000001)');
  });

  it('falls back to an honest generic sentence for a violation without parameters', () => {
    const en = violationSentence('ClosedSessionLeavesNoEphemerals', undefined, (k, p) =>
      t('en', k, p),
    );
    expect(en).toContain('ZooKeeper layer');
  });
});

describe('ZooKeeper-layer violation sentences from parameters', () => {
  const words = (invariant: string, params: object) =>
    [
      violationSentence(invariant, params as never, (k, p) => t('en', k, p)),
      violationSentence(invariant, params as never, (k, p) => t('zh-CN', k, p)),
    ] as const;

  it('names the server and both zxids of ReadsArePrefixes', () => {
    const [en, zh] = words('ReadsArePrefixes', {
      sid: 2,
      applied: '0x100000003',
      delivered: '0x100000002',
    });
    for (const s of [en, zh]) {
      expect(s).toContain('S2');
      expect(s).toContain('0x100000003');
      expect(s).toContain('0x100000002');
    }
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('lists the paths a closed session still owns, with each language’s separator', () => {
    const p = { sid: 1, session: '0x1000000000001', paths: ['/a', '/b'] };
    const [en, zh] = words('ClosedSessionLeavesNoEphemerals', p);
    expect(en).toContain('/a, /b');
    expect(zh).toContain('/a、/b');
    for (const s of [en, zh]) expect(s).toContain('0x1000000000001');
  });

  it('names the client, the message kind and the older zxid of ClientNeverGoesBack', () => {
    const p = { client: 'c1', seen: '0x100000004', kind: 'ZK_PONG', from: 3, zxid: '0x0' };
    for (const s of words('ClientNeverGoesBack', p)) {
      for (const part of ['c1', '0x100000004', 'ZK_PONG', 'S3', '0x0']) expect(s).toContain(part);
      expect(s).not.toContain('{');
    }
  });

  it('words every ZooKeeper-layer invariant in both languages, with no placeholder left', () => {
    const params: Record<string, object> = {
      EphemeralsHaveNoChildren: { sid: 3, path: '/e', children: ['x'] },
      SequentialSuffixesIncrease: { sid: 1, path: '/q', before: 4, after: 4 },
      WatchFiresOnce: { client: 'c2', type: 'NodeDeleted', path: '/w' },
    };
    for (const [invariant, p] of Object.entries(params)) {
      for (const s of words(invariant, p)) {
        expect(s).not.toContain('{');
        expect(s).not.toContain('ZooKeeper layer');
      }
    }
  });
});
