/**
 * Proves how the live page reads the bridge: the real logs of a killed leader become two
 * elections with rising epochs; events that arrive in per-server batches are shown in the order
 * they were written; a command's answer is matched by id; a different protocol or a refusal sets
 * the connection's state; malformed messages are ignored; and every event of the recorded logs
 * reads as a sentence with all its parameters filled, in English and in Chinese.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseLogFile, type LogEvent } from '../../logs';
import { LIVE_PROTOCOL } from '../../protocol/live';
import { loadLocale, t } from '../i18n/t';
import { describeEvent } from './describeEvent';
import { parseBridgeMessage } from './liveConnection';
import { electing, liveElections, lastStates, shownState } from './liveElections';
import { useLiveStore } from './liveStore';

function fixture(name: string, sid: number): LogEvent[] {
  const text = readFileSync(`fixtures/real-zookeeper/logs/${name}/server${sid}.log`, 'utf8');
  const parsed = parseLogFile(`server${sid}.log`, text, { sid });
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.log.events;
}

const initial = useLiveStore.getState();
beforeEach(() => useLiveStore.setState(initial, true));

describe('the live store and elections', () => {
  it('reads a killed leader and its successor from real logs sent in batches', () => {
    const batches = [1, 2, 3].map((sid) => fixture('leader-kill-equal-logs', sid));
    for (const events of batches) useLiveStore.getState().receive({ type: 'events', events });
    const events = useLiveStore.getState().events;
    expect(events.length).toBe(batches.flat().length);
    for (let i = 1; i < events.length; i++)
      expect(events[i]!.ms).toBeGreaterThanOrEqual(events[i - 1]!.ms);
    const elections = liveElections(events);
    expect(elections.length).toBeGreaterThanOrEqual(2);
    const [first, second] = elections.slice(-2) as [(typeof elections)[0], (typeof elections)[0]];
    expect(second.epoch).toBeGreaterThan(first.epoch);
    expect(second.leader).not.toBe(first.leader);
    expect(second.tookMs).not.toBeNull();
  });

  it('shows srvr’s mode, or the last logged state while a server does not serve', () => {
    const logged = new Map([
      [1, 'LOOKING'],
      [2, 'FOLLOWING'],
    ]);
    const base = { pid: 1, zxid: null, epoch: 1, znodes: null, clientPort: 1 };
    const s1 = { ...base, sid: 1, process: 'up', mode: null } as const;
    const s2 = { ...base, sid: 2, process: 'up', mode: 'leader' } as const;
    const s3 = { ...base, sid: 3, process: 'down', mode: null } as const;
    expect([s1, s2, s3].map((s) => shownState(s, logged))).toEqual(['LOOKING', 'LEADING', null]);
    expect(electing([s1, s2, s3], logged)).toEqual([1]);
    expect(lastStates(fixture('cold-start-3', 1)).get(1)).toMatch(/LEADING|FOLLOWING/);
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

describe('describeEvent', () => {
  it('words every event of the recorded real logs with every parameter filled, in both languages', async () => {
    await loadLocale('zh-CN');
    const dir = 'fixtures/real-zookeeper/logs';
    const events = readdirSync(dir).flatMap((name) =>
      readdirSync(`${dir}/${name}`)
        .map((f) => fixture(name, Number(/\d+/.exec(f)![0])))
        .flat(),
    );
    const codes = new Set(events.map((e) => e.code));
    expect(codes.size).toBeGreaterThan(10);
    for (const e of events) {
      const d = describeEvent(e);
      for (const locale of ['en', 'zh-CN'] as const)
        expect(t(locale, d.key, d.params), `${e.code} in ${locale}`).not.toMatch(/\{\w+\}/);
    }
  });
});
