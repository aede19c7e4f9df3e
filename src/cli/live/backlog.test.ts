/**
 * Proves the bridge's record numbering (docs/LIVE.md): records pushed in any batches get
 * consecutive seqs from 1; a page that says the last seq it has gets exactly the newer ones, in
 * messages of at most LIVE_EVENTS_PER_MESSAGE; beyond the bound the oldest are dropped and a page
 * further behind gets the oldest kept, whose seq shows the jump; and the socket's path is read
 * strictly (the token, then at most `after=N`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLogFile, type LogEvent } from '../../logs';
import { LIVE_EVENTS_PER_MESSAGE } from '../../protocol/live';
import { LiveBacklog, readConnectPath, type EventsMessage } from './backlog';

function fixture(sid: number): LogEvent[] {
  const name = `fixtures/real-zookeeper/logs/leader-kill-equal-logs/server${sid}.log`;
  const parsed = parseLogFile(`server${sid}.log`, readFileSync(name, 'utf8'), { sid });
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.log.events;
}

/** The (seq, record) pairs the messages carry, checking each message's records are consecutive. */
function numbered(messages: EventsMessage[]): [number, LogEvent][] {
  return messages.flatMap((m) => m.events.map((e, i): [number, LogEvent] => [m.seq + i, e]));
}

const all = [1, 2, 3].flatMap(fixture);

describe('the bridge backlog', () => {
  it('numbers every record from 1 without a hole, whatever the batches', () => {
    const b = new LiveBacklog();
    const sent: EventsMessage[] = [];
    for (let i = 0; i < all.length; i += 7) sent.push(...b.push(all.slice(i, i + 7)));
    expect(b.push([])).toEqual([]);
    const pairs = numbered(sent);
    expect(pairs.map(([seq]) => seq)).toEqual(all.map((_e, i) => i + 1));
    expect(pairs.map(([, e]) => e)).toEqual(all);
    expect(b.nextSeq).toBe(all.length + 1);
  });

  it('resends only the records newer than the seq a page has', () => {
    const b = new LiveBacklog();
    b.push(all);
    expect(numbered(b.since(0))).toEqual(all.map((e, i) => [i + 1, e]));
    expect(numbered(b.since(40))).toEqual(all.slice(40).map((e, i) => [41 + i, e]));
    expect(b.since(all.length)).toEqual([]);
    // A seq the bridge never sent (a page from a longer run) gets nothing rather than a repeat.
    expect(b.since(all.length + 100)).toEqual([]);
  });

  it('sends a long backlog in messages of the usual size', () => {
    const b = new LiveBacklog();
    const many = Array.from({ length: 3 }, () => all).flat();
    const pushed = b.push(many);
    expect(pushed.every((m) => m.events.length <= LIVE_EVENTS_PER_MESSAGE)).toBe(true);
    const resent = b.since(1);
    expect(resent.map((m) => m.seq)).toEqual(
      resent.map((_m, i) => 2 + i * LIVE_EVENTS_PER_MESSAGE),
    );
    expect(numbered(resent)).toHaveLength(many.length - 1);
  });

  it('drops the oldest beyond its bound, and a page further behind sees the jump', () => {
    const b = new LiveBacklog(10);
    b.push(all.slice(0, 8));
    b.push(all.slice(8, 25));
    expect(b.nextSeq).toBe(26);
    // Records 1 to 15 are gone: a page that has 3 gets 16 to 25, and the seq says so.
    const resent = b.since(3);
    expect(resent[0]!.seq).toBe(16);
    expect(numbered(resent)).toEqual(all.slice(15, 25).map((e, i) => [16 + i, e]));
    expect(numbered(b.since(20)).map(([seq]) => seq)).toEqual([21, 22, 23, 24, 25]);
  });
});

describe('readConnectPath', () => {
  const token = 'ghKkkRUGQ6oS1_CcW1rtkSaz';
  it('reads the token and the seq after it', () => {
    expect(readConnectPath(`/${token}`, token)).toEqual({ ok: true, after: 0 });
    expect(readConnectPath(`/${token}?after=0`, token)).toEqual({ ok: true, after: 0 });
    expect(readConnectPath(`/${token}?after=12345`, token)).toEqual({ ok: true, after: 12345 });
  });
  it.each(['/', '/nope', `/${token}x`, `/${token}/`, `/x?after=1`])(
    'refuses the token of %j',
    (p) => expect(readConnectPath(p, token)).toEqual({ ok: false, reason: 'token' }),
  );
  it.each(['?after=', '?after=-1', '?after=1.5', '?after=0x10', '?after=1&x=2', '?x=1', '?'])(
    'refuses the after of %j',
    (q) => expect(readConnectPath(`/${token}${q}`, token)).toEqual({ ok: false, reason: 'after' }),
  );
  it('refuses a seq beyond Number.MAX_SAFE_INTEGER', () => {
    expect(readConnectPath(`/${token}?after=9999999999999999`, token)).toEqual({
      ok: false,
      reason: 'after',
    });
  });
});
