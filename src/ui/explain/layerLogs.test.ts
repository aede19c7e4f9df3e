// Proves that the client's, the session layer's and the lab's trace lines, and the client and
// balancer actions, read as sentences rendered from their codes: each code's sentence is checked
// in English from data whose text is misleading on purpose, and real runs (the client presets and
// a balancer run with every balancer action) produce no line that falls back to the simulation's
// English, in English or in Chinese, while meeting every client, session and lab code they can.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../protocol/frame';
import { createSimulation } from '../../sim/extensions';
import { labScenario } from '../../sim/lab/labTestKit';
import { allPresets } from '../../sim/scenario/presets';
import { validateScenario } from '../../sim/scenario/validate';
import type { ResolvedScenario } from '../../sim/scenario/types';
import { loadLocale } from '../i18n/t';
import { say } from './explainTestKit';

beforeAll(() => loadLocale('zh-CN'));

const line = (sid: number, data: Record<string, unknown>): TraceEvent => ({
  t: 1,
  e: 1,
  k: 'log',
  sid,
  text: 'Balancer view: removed b9 (not what the data says)',
  data,
});

describe('client, session and lab lines', () => {
  it('render each code from its parameters', () => {
    const cause = { code: 'readTimeout', limitMs: 4000 };
    expect(say(line(1001, { kind: 'clientDisconnected', client: 'c1', cause }))).toBe(
      'Client c1 loses its connection: it heard nothing for 2/3 of the session timeout (4 s). It tries another server.',
    );
    expect(
      say(
        line(1001, {
          kind: 'clientExpired',
          client: 'c1',
          session: '0x1',
          cause: { code: 'sessionInvalid', server: null },
        }),
      ),
    ).toBe(
      'Client c1 learns that its session 0x1 has expired: a server says the session is no longer valid.',
    );
    expect(say(line(1001, { kind: 'clientCrashed', client: 'c1', session: null }))).toBe(
      'The process of client c1 crashes before it had a session.',
    );
    expect(say(line(2, { kind: 'expire', session: '0x1', timeoutMs: 6000 }))).toBe(
      'S2, the leader, expires session 0x1: no heartbeat within its timeout of 6 s. Its ephemeral znodes go with it.',
    );
    expect(
      say(
        line(2, {
          kind: 'sessionRefused',
          client: 1001,
          clientZxid: '0x100000005',
          serverZxid: '0x100000003',
        }),
      ),
    ).toBe(
      'S2 refuses a session to client C1001: the client has seen zxid 0x100000005, newer than S2’s last zxid 0x100000003, so it must try another server.',
    );
    expect(
      say(
        line(1000, {
          kind: 'lbMembership',
          change: 'removed',
          backend: 'b2',
          view: [],
          hashModMoved: 0.67,
          consistentHashMoved: null,
        }),
      ),
    ).toBe(
      'The balancer’s view loses b2 (now empty). Keys that move: hash-mod 67%, consistent-hash not measured.',
    );
  });

  it('render client and balancer actions from their codes', () => {
    const action = (data: Record<string, unknown>) =>
      say({ t: 1, e: 1, k: 'action', text: 'misleading', data } as TraceEvent);
    expect(action({ do: 'client-partition', client: 'c', from: [1, 2] })).toBe(
      'Client c is cut off from S1, S2.',
    );
    expect(action({ do: 'client-crash', client: 'c', noop: 'not-running' })).toBe(
      'client-crash c: nothing to do.',
    );
    expect(action({ do: 'slow-backend', backend: 'b1', noop: null, factor: 4 })).toBe(
      'Backend b1 slows down: services from now on take 4× as long.',
    );
  });
});

/** Every log and action entry of a run. */
function entries(scenario: ResolvedScenario): TraceEvent[] {
  const out: TraceEvent[] = [];
  const sim = createSimulation(scenario, {
    onTrace: (e) => void ((e.k === 'log' || e.k === 'action') && out.push(e)),
  });
  sim.runUntil(scenario.untilMs);
  return out;
}

function resolved(input: unknown): ResolvedScenario {
  const v = validateScenario(input);
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}

const clientPresets = allPresets().filter((p) => 'clients' in p.scenario);

describe('real runs', () => {
  it('explain every client, session and lab line without falling back', () => {
    const runs = [
      ...clientPresets.map((p) => resolved(p.scenario)),
      labScenario({
        seed: 3,
        untilMs: 40000,
        strategies: ['round-robin', 'p2c'],
        spares: [{ id: 'b4', meanServiceMs: 20 }],
        actions: [
          { atMs: 8000, do: 'slow-backend', backend: 'b1', factor: 3 },
          { atMs: 9000, do: 'kill-backend', backend: 'b2' },
          { atMs: 10000, do: 'add-backend', backend: 'b4' },
          { atMs: 20000, do: 'restart-backend', backend: 'b2' },
          { atMs: 25000, do: 'remove-backend', backend: 'b3' },
        ],
      }),
    ];
    const kinds = new Set<string>();
    let fallbacks = 0;
    const count = () => void fallbacks++;
    for (const scenario of runs)
      for (const ev of entries(scenario)) {
        if (ev.k === 'log') kinds.add(String(ev.data?.['kind']));
        say(ev, 'en', count);
        const zh = say(ev, 'zh-CN', count);
        if (ev.k === 'log') expect(zh, ev.text).not.toBe(ev.text);
      }
    expect(fallbacks).toBe(0);
    for (const kind of [
      'clientConnected',
      'clientDisconnected',
      'clientExpired',
      'clientCrashed',
      'sessionEstablished',
      'sessionRevalidated',
      'expire',
      'lbMembership',
      'lbTraffic',
    ])
      expect(kinds, kind).toContain(kind);
  });
});
