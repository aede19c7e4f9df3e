/**
 * Proves how the live mode reads the bridge: records that arrive in per-server batches wait,
 * all of them and once, for the feed that hands them to the live replay; a command's answer is
 * matched by id; a different protocol or a refusal sets the connection's state; malformed
 * messages are ignored.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseLogFile, type LogEvent } from '../../logs';
import { LIVE_PROTOCOL } from '../../protocol/live';
import { parseBridgeMessage } from './liveConnection';
import { useLiveStore } from './liveStore';

function fixture(name: string, sid: number): LogEvent[] {
  const text = readFileSync(`fixtures/real-zookeeper/logs/${name}/server${sid}.log`, 'utf8');
  const parsed = parseLogFile(`server${sid}.log`, text, { sid });
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.log.events;
}

const initial = useLiveStore.getState();
beforeEach(() => useLiveStore.setState(initial, true));

describe('the live store', () => {
  it('keeps the records sent in batches until the feed takes them, once', () => {
    const batches = [1, 2, 3].map((sid) => fixture('leader-kill-equal-logs', sid));
    for (const events of batches) useLiveStore.getState().receive({ type: 'events', events });
    const total = batches.flat().length;
    expect(useLiveStore.getState().received).toBe(total);
    expect(useLiveStore.getState().takePending()).toEqual(batches.flat());
    expect(useLiveStore.getState().takePending()).toEqual([]);
    useLiveStore.getState().receive({ type: 'events', events: batches[0]!.slice(0, 2) });
    expect(useLiveStore.getState().received).toBe(total + 2);
    expect(useLiveStore.getState().takePending()).toHaveLength(2);
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
    expect(s().connection).toEqual({ state: 'refused' });
  });
});

describe('parseBridgeMessage', () => {
  it.each([
    'nope',
    '1',
    '{"type":"status"}',
    '{"type":"shutdown"}',
    '{"type":"ack","id":"1","ok":true}',
  ])('ignores %j', (text) => expect(parseBridgeMessage(text)).toBeNull());
  it('reads a status', () => {
    expect(parseBridgeMessage('{"type":"status","servers":[]}')).toEqual({
      type: 'status',
      servers: [],
    });
  });
});
