/**
 * Proves how the live mode reads the bridge: records that arrive in per-server batches wait,
 * all of them and once, for the feed that hands them to the live replay; a record whose seq the
 * page already has (a reconnection, a bridge resending its backlog) is dropped, and a jump in the
 * seqs is noted as a gap with its count and log times; a reconnection asks for the records after
 * the last seq; a command's answer is matched by id; a different protocol or a refusal sets the
 * connection's state; malformed messages are ignored.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseLogFile, type LogEvent } from '../../logs';
import { LIVE_PROTOCOL, type BridgeMessage } from '../../protocol/live';
import { connectUrl, parseBridgeMessage } from './liveConnection';
import { LIVE_GAPS_MAX, useLiveStore } from './liveStore';

function fixture(name: string, sid: number): LogEvent[] {
  const text = readFileSync(`fixtures/real-zookeeper/logs/${name}/server${sid}.log`, 'utf8');
  const parsed = parseLogFile(`server${sid}.log`, text, { sid });
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.log.events;
}

/**
 * A bridge's stream as docs/LIVE.md defines it (src/cli/live/backlog.ts is its implementation,
 * tested on its own; the ui may not import cli code): every record numbered from 1, the newest
 * `keptMax` kept, `since(n)` the kept records after seq n.
 */
class Stream {
  private readonly all: LogEvent[] = [];
  constructor(private readonly keptMax = Infinity) {}
  push(events: LogEvent[]): BridgeMessage[] {
    this.all.push(...events);
    return [{ type: 'events', seq: this.all.length - events.length + 1, events }];
  }
  since(after: number): BridgeMessage[] {
    const first = Math.max(after, this.all.length - this.keptMax);
    const events = this.all.slice(first);
    return events.length === 0 ? [] : [{ type: 'events', seq: first + 1, events }];
  }
}

const initial = useLiveStore.getState();
beforeEach(() => useLiveStore.setState(initial, true));

describe('the live store', () => {
  it('keeps the records sent in batches until the feed takes them, once', () => {
    const batches = [1, 2, 3].map((sid) => fixture('leader-kill-equal-logs', sid));
    let seq = 1;
    for (const events of batches) {
      useLiveStore.getState().receive({ type: 'events', seq, events });
      seq += events.length;
    }
    const total = batches.flat().length;
    expect(useLiveStore.getState().received).toBe(total);
    expect(useLiveStore.getState().takePending()).toEqual(batches.flat());
    expect(useLiveStore.getState().takePending()).toEqual([]);
    useLiveStore.getState().receive({ type: 'events', seq, events: batches[0]!.slice(0, 2) });
    expect(useLiveStore.getState().received).toBe(total + 2);
    expect(useLiveStore.getState().takePending()).toHaveLength(2);
    expect(useLiveStore.getState().lastSeq).toBe(total + 2);
    expect(useLiveStore.getState().gaps).toEqual([]);
  });

  it('drops every record it already has when the bridge sends its backlog again', () => {
    const all = [1, 2, 3].flatMap((sid) => fixture('leader-kill-equal-logs', sid));
    const bridge = new Stream();
    const s = useLiveStore.getState;
    for (let i = 0; i < all.length; i += 11)
      for (const m of bridge.push(all.slice(i, i + 11))) s().receive(m);
    expect(s().takePending()).toEqual(all);
    // A reconnection to a bridge that resends everything, or the part it overlaps: nothing new.
    for (const m of bridge.since(0)) s().receive(m);
    for (const m of bridge.since(all.length - 30)) s().receive(m);
    expect(s().takePending()).toEqual([]);
    expect(s().received).toBe(all.length);
    // A message that overlaps the seqs it has gives only its newer records.
    const more = fixture('leader-kill-equal-logs', 1).slice(0, 5);
    bridge.push(more);
    for (const m of bridge.since(all.length - 3)) s().receive(m);
    expect(s().takePending()).toEqual(more);
    expect(s().received).toBe(all.length + 5);
    expect(s().lastSeq).toBe(all.length + 5);
    expect(s().gaps).toEqual([]);
  });

  it('notes the records the bridge no longer had, with their count and log times', () => {
    const all = [1, 2, 3].flatMap((sid) => fixture('leader-kill-equal-logs', sid));
    const bridge = new Stream(20);
    const s = useLiveStore.getState;
    for (const m of bridge.push(all.slice(0, 10))) s().receive(m);
    // The page is away while 35 records go by; the bridge keeps 20 of them.
    bridge.push(all.slice(10, 45));
    expect(connectUrl('ws://127.0.0.1:1/tok', s().lastSeq)).toBe('ws://127.0.0.1:1/tok?after=10');
    for (const m of bridge.since(s().lastSeq)) s().receive(m);
    expect(s().gaps).toEqual([{ missing: 15, fromAt: all[9]!.at, toAt: all[25]!.at }]);
    expect(s().takePending()).toEqual([...all.slice(0, 10), ...all.slice(25, 45)]);
    expect(s().lastSeq).toBe(45);
  });

  it('notes a late page that missed the first records, and keeps the newest gaps only', () => {
    const all = [1, 2, 3].flatMap((sid) => fixture('leader-kill-equal-logs', sid));
    const s = useLiveStore.getState;
    s().receive({ type: 'events', seq: 101, events: all.slice(0, 2) });
    expect(s().gaps).toEqual([{ missing: 100, fromAt: null, toAt: all[0]!.at }]);
    for (let i = 1; i <= LIVE_GAPS_MAX + 1; i++)
      s().receive({ type: 'events', seq: 102 + i * 10, events: [all[i]!] });
    expect(s().gaps).toHaveLength(LIVE_GAPS_MAX);
    expect(s().gaps.at(-1)).toMatchObject({ missing: 9, toAt: all[LIVE_GAPS_MAX + 1]!.at });
  });

  it('matches answers by id and follows the connection state', () => {
    const s = useLiveStore.getState;
    s().receive({ type: 'hello', protocol: LIVE_PROTOCOL, servers: [1, 2, 3] });
    expect(s().connection).toEqual({ state: 'open' });
    s().addSent({ type: 'crash', id: 4, sid: 2 });
    s().receive({ type: 'ack', id: 9, command: 'crash', ok: true, zxid: null });
    expect(s().sent[0]!.answer).toBeNull();
    s().receive({ type: 'ack', id: 4, command: 'crash', ok: true, zxid: null });
    expect(s().sent[0]!.answer).toMatchObject({ ok: true });
    s().receive({ type: 'hello', protocol: LIVE_PROTOCOL + 1, servers: [] });
    expect(s().connection).toEqual({ state: 'protocol', bridge: LIVE_PROTOCOL + 1 });
    s().receive({ type: 'refused', reason: 'token' });
    expect(s().connection).toEqual({ state: 'refused', reason: 'token' });
    expect(connectUrl('ws://127.0.0.1:1/tok', 0)).toBe('ws://127.0.0.1:1/tok');
  });
});

describe('parseBridgeMessage', () => {
  it.each([
    'nope',
    '1',
    '{"type":"status"}',
    '{"type":"shutdown"}',
    '{"type":"ack","id":"1","ok":true}',
    '{"type":"events","events":[]}',
    '{"type":"events","seq":0,"events":[]}',
    '{"type":"events","seq":1.5,"events":[]}',
    '{"type":"refused","reason":"why"}',
  ])('ignores %j', (text) => expect(parseBridgeMessage(text)).toBeNull());
  it('reads a status', () => {
    expect(parseBridgeMessage('{"type":"status","servers":[]}')).toEqual({
      type: 'status',
      servers: [],
    });
  });
});
