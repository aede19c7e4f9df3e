/**
 * The ZooKeeper strip's pure helpers: the countdown rounds up to tenths and never goes negative
 * (so it reads 0.0 only at the expiry), it counts back up when the display time goes back, its
 * bar is the share of the session timeout left, every event kind has its own message, and the
 * black-hole note names a load-aware strategy only when it clearly failed the most.
 */
import { describe, expect, it } from 'vitest';
import type { LabZkEventView } from '../../../protocol/frame';
import { en } from '../../i18n/en';
import { t } from '../../i18n/t';
import {
  blackHoleOf,
  countdownFraction,
  eventMessage,
  eventSide,
  formatAt,
  formatTenths,
  tenthsLeft,
  wholeSeconds,
} from './zkModel';

const ev = (over: Partial<LabZkEventView>): LabZkEventView => ({
  atMs: 20000,
  kind: 'killed',
  backend: 'b2',
  session: null,
  sid: null,
  view: null,
  ...over,
});

describe('the session countdown', () => {
  it('rounds up to tenths, reads 0.0 only at the expiry and never below', () => {
    expect(tenthsLeft(26000, 22801)).toBe(32);
    expect(formatTenths(tenthsLeft(26000, 22801))).toBe('3.2');
    expect(tenthsLeft(26000, 22800)).toBe(32);
    expect(tenthsLeft(26000, 25999)).toBe(1);
    expect(tenthsLeft(26000, 26000)).toBe(0);
    expect(tenthsLeft(26000, 27000)).toBe(0);
  });

  it('counts back up when the display time goes back (stepping back)', () => {
    expect(tenthsLeft(26000, 21000)).toBeGreaterThan(tenthsLeft(26000, 24000));
  });

  it('names whole seconds rounded up', () => {
    expect(wholeSeconds(32)).toBe(4);
    expect(wholeSeconds(30)).toBe(3);
    expect(wholeSeconds(0)).toBe(0);
  });

  it('draws the share of the timeout left, clamped to [0, 1]', () => {
    expect(countdownFraction(26000, 23000, 6000)).toBe(0.5);
    expect(countdownFraction(26000, 19000, 6000)).toBe(1);
    expect(countdownFraction(26000, 27000, 6000)).toBe(0);
    expect(countdownFraction(26000, 23000, null)).toBe(0);
  });
});

describe('the membership events', () => {
  it('prints simulated time with milliseconds', () => {
    expect(formatAt(26007)).toBe('26.007');
  });

  it('tells the kill-to-view story in words', () => {
    const session = '0x200000000000001';
    const story = [
      ev({ kind: 'killed', session }),
      ev({ kind: 'expired', session, sid: 3, atMs: 26000 }),
      ev({ kind: 'closed', session, sid: 3, atMs: 26007 }),
      ev({ kind: 'deleted', session, sid: 3, atMs: 26007 }),
      ev({ kind: 'watch', backend: '', atMs: 26012 }),
      ev({ kind: 'view', view: ['b1', 'b3', 'b4'], atMs: 26020 }),
    ];
    expect(story.map((e) => eventMessage(e)).map((m) => t('en', m.key, m.params))).toEqual([
      'b2 killed',
      'S3 expired session 0x200000000000001 of b2',
      'closeSession 0x200000000000001 committed',
      'znode b2 deleted',
      'watch fired at the balancer (NodeChildrenChanged)',
      'balancer view b1, b3, b4',
    ]);
    expect(story.map(eventSide)).toEqual([
      'action',
      'zookeeper',
      'zookeeper',
      'zookeeper',
      'balancer',
      'balancer',
    ]);
  });

  it('has a message, with every parameter filled, for every kind', () => {
    const kinds = [
      'killed',
      'restarted',
      'added',
      'removed',
      'expired',
      'closed',
      'created',
      'deleted',
      'watch',
      'view',
    ] as const;
    for (const kind of kinds) {
      const m = eventMessage(ev({ kind, session: '0x1', sid: 1, view: ['b1'] }));
      expect(en[m.key]).toBeDefined();
      expect(t('en', m.key, m.params)).not.toMatch(/\{\w+\}/);
    }
    const empty = eventMessage(ev({ kind: 'view', view: [] }));
    expect(t('en', empty.key, empty.params)).toBe('balancer view empty');
  });
});

describe('blackHoleOf', () => {
  const f = (id: string, failed: number) => ({ id, failed });
  it('names a load-aware strategy that failed clearly more', () => {
    expect(blackHoleOf([f('round-robin', 406), f('least-connections', 1114)])).toBe(
      'least-connections',
    );
    expect(blackHoleOf([f('random', 40), f('p2c', 60)])).toBe('p2c');
  });
  it('stays quiet for share-based strategies, small counts and close calls', () => {
    expect(blackHoleOf([f('least-connections', 100), f('round-robin', 300)])).toBeNull();
    expect(blackHoleOf([f('round-robin', 2), f('least-connections', 19)])).toBeNull();
    expect(blackHoleOf([f('round-robin', 100), f('pewma', 140)])).toBeNull();
    expect(blackHoleOf([f('pewma', 500)])).toBeNull();
  });
});
