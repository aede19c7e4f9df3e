// Proves the event log's index on hand-made traces: the message stream is left out and every
// other entry gets its category and server; markers come from establishment, crashes, expiries,
// partitions and violations (never from refused actions); the tail filters by server and kind,
// includes a lost message for either end, and stops at the current moment; a fork truncates.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from './simApi';
import { LogIndex, entrySid, logCategory, markerOf } from './logIndex';

const trace: TraceEvent[] = [
  {
    t: 0,
    e: 1,
    k: 'log',
    sid: 1,
    text: 'New election. My id = 1, proposed zxid=0x0',
    data: { kind: 'newElection', round: 1, zxid: '0x0', peerEpoch: 0, origin: null },
  },
  { t: 0, e: 1, k: 'send', from: 1, to: 2, label: 'Notification', id: 1 },
  { t: 1, e: 2, k: 'deliver', from: 1, to: 2, label: 'Notification', id: 1 },
  {
    t: 210,
    e: 30,
    k: 'log',
    sid: 3,
    text: 'Leader established in epoch 1',
    data: { kind: 'established', epoch: 1, quorum: [1, 3] },
  },
  { t: 220, e: 31, k: 'state', sid: 3, state: 'LEADING', phase: 'broadcast' },
  { t: 900, e: 40, k: 'action', text: 'crash S3', data: { do: 'crash', sid: 3, noop: null } },
  {
    t: 900,
    e: 40,
    k: 'action',
    text: 'crash S3: already down',
    data: { do: 'crash', sid: 3, noop: 'already-down' },
  },
  { t: 901, e: 41, k: 'drop', from: 1, to: 3, label: 'PING', id: 9, reason: 'receiver down' },
  {
    t: 950,
    e: 42,
    k: 'action',
    text: 'partition {1,2} | {3}',
    data: { do: 'partition', groups: [[1, 2], [3]] },
  },
  { t: 960, e: 43, k: 'violation', invariant: 'PrimaryUniqueness', detail: 'two leaders' },
  { t: 970, e: 44, k: 'timer', sid: 2, name: 'timer.syncLimit' },
];

describe('logCategory, entrySid, markerOf', () => {
  it('categorises entries and leaves the message stream out', () => {
    expect(trace.map(logCategory)).toEqual([
      'election',
      null,
      null,
      'sync',
      'state',
      'fault',
      'fault',
      'lost',
      'fault',
      'violation',
      'timer',
    ]);
    expect(trace.map(entrySid)).toEqual([1, 1, 1, 3, 3, 3, 3, 1, null, null, 2]);
  });
  it('makes markers of the moments that matter', () => {
    expect(trace.map((e) => markerOf(e)?.kind ?? null)).toEqual([
      null,
      null,
      null,
      'election',
      null,
      'crash',
      null,
      null,
      'partition',
      'violation',
      null,
    ]);
  });
});

describe('LogIndex', () => {
  it('indexes, filters and stops at the current moment', () => {
    const index = new LogIndex();
    index.sync(trace);
    expect(index.notable).toEqual([0, 3, 4, 5, 6, 7, 8, 9, 10]);
    const all = { sids: [], cats: [] };
    expect(index.tail(trace, 5, all, () => false).map((x) => x.i)).toEqual([0, 3, 4]);
    const s3 = index
      .tail(trace, trace.length, { sids: [3], cats: [] }, () => false)
      .map((x) => x.i);
    expect(s3).toEqual([3, 4, 5, 6, 7, 8, 9]);
    const faults = index
      .tail(trace, trace.length, { sids: [], cats: ['fault'] }, (ev) => ev.e === 40)
      .map((x) => [x.i, x.user]);
    expect(faults).toEqual([
      [5, true],
      [6, true],
      [8, false],
    ]);
    expect(index.firstViolation(trace, trace.length)).toBe(9);
    expect(index.firstViolation(trace, 9)).toBe(-1);
  });
  it('forgets what a fork rewrote', () => {
    const index = new LogIndex();
    index.sync(trace);
    index.truncate(5);
    expect(index.notable).toEqual([0, 3, 4]);
    expect(index.markers.map((m) => m.kind)).toEqual(['election']);
    index.sync(trace.slice(0, 6));
    expect(index.notable).toEqual([0, 3, 4, 5]);
  });
});

describe('session expiry markers', () => {
  it('marks the leader expiring a session, with the session ZooKeeper names', () => {
    const expire: TraceEvent = {
      t: 26_000,
      e: 9000,
      k: 'log',
      sid: 3,
      text: 'Expiring session 0x100000000000001, timeout of 6000ms exceeded',
      data: { kind: 'expire', session: '0x100000000000001' },
    };
    expect(markerOf(expire)).toEqual({
      kind: 'expire',
      sid: 3,
      epoch: null,
      session: '0x100000000000001',
    });
    // Other session lines are not markers.
    expect(
      markerOf({ ...expire, text: 'Invalid session 0x1 for client C1', data: { kind: 'session' } }),
    ).toBeNull();
    const index = new LogIndex();
    index.sync([expire]);
    expect(index.markers.map((m) => [m.kind, m.session, m.e])).toEqual([
      ['expire', '0x100000000000001', 9000],
    ]);
  });
});
