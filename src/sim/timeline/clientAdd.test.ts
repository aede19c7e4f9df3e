// Proves the client-add action: the added client starts when the action applies, connects to the
// server it names and creates znodes once it is added; the run is deterministic (same scenario,
// same trace hash) and a scenario's own clients keep their streams; a second add of the same id
// (as the app may send) changes nothing; and the validator refuses bad client-add fields and
// actions that name an added client before it exists, naming the field.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../index';
import { validateScenario } from '../scenario/validate';
import { Timeline } from './timeline';

type Json = Record<string, unknown>;

function scenario(actions: Json[], clients: Json[] = []): Json {
  return { version: 1, seed: 7, untilMs: 8000, ensemble: { servers: 3 }, clients, actions };
}

function resolved(s: Json) {
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}

function errorOf(s: Json): string {
  const v = validateScenario(s);
  if (v.ok) throw new Error('expected the scenario to be refused');
  return v.error;
}

const ADD = {
  atMs: 3000,
  do: 'client-add' as const,
  client: 'c9',
  connect: [2],
  sessionTimeoutMs: 4000,
};

describe('client-add', () => {
  it('launches the client at its time, connected to the named server', () => {
    const tl = new Timeline(resolved(scenario([ADD])), { checkpointEvery: 2000, keepTrace: true });
    while (tl.sim.nextDueMs() < 3000 && tl.step());
    expect(tl.sim.world.clients).toHaveLength(0);
    while (tl.step());
    const w = tl.sim.world;
    expect(w.violations).toEqual([]);
    expect(w.clients.map((c) => [c.client.id, c.client.status, c.client.server])).toEqual([
      ['c9', 'CONNECTED', 2],
    ]);
  });

  it('gives the same trace hash twice, and an added client can call the API', () => {
    const s = scenario([ADD, { atMs: 5000, do: 'create', client: 'c9', path: '/a', data: 'x' }]);
    const a = runScenario(resolved(s));
    const b = runScenario(resolved(s));
    expect(a.traceHash).toBe(b.traceHash);
    expect(a.clients?.length).toBe(1);
    expect(JSON.stringify(a.tree)).toContain('/a');
  });

  it('leaves the scenario clients and their trace unchanged before the add', () => {
    const c1 = [{ id: 'c1', connect: [1, 2, 3], sessionTimeoutMs: 6000 }];
    const without = runScenario(resolved({ ...scenario([], c1), untilMs: 2900 }));
    const withAdd = runScenario(resolved({ ...scenario([ADD], c1), untilMs: 2900 }));
    expect(withAdd.traceHash).toBe(without.traceHash);
  });

  it('as a timeline command: a second add of one id changes nothing, stepping back removes it', () => {
    const tl = new Timeline(resolved(scenario([])), { checkpointEvery: 50, keepTrace: true });
    while (tl.sim.world.nowMs < 3000 && tl.step());
    const at = tl.now;
    tl.command({ ...ADD, atMs: tl.sim.world.nowMs });
    tl.command({ ...ADD, atMs: tl.sim.world.nowMs });
    expect(tl.sim.world.clients).toHaveLength(1);
    while (tl.step());
    expect(tl.sim.world.clients[0]?.client.status).toBe('CONNECTED');
    tl.seek(at + 5);
    expect(tl.sim.world.clients).toHaveLength(1);
    tl.seek(at - 1);
    expect(tl.sim.world.clients).toHaveLength(0);
  });

  it.each([
    [
      'an id already in clients',
      scenario([{ ...ADD, client: 'c1' }], [{ id: 'c1', connect: [1], sessionTimeoutMs: 6000 }]),
      'actions[0].client: "c1" is already a client in "clients"',
    ],
    [
      'two adds of one id',
      scenario([ADD, { ...ADD, atMs: 4000 }]),
      'actions[1].client: "c9" is already added by actions[0]',
    ],
    [
      'a server that does not exist',
      scenario([{ ...ADD, connect: [4] }]),
      'actions[0].connect[0]: server 4 does not exist (servers: 1..3)',
    ],
    [
      'a missing session timeout',
      scenario([{ atMs: 3000, do: 'client-add', client: 'c9', connect: [2] }]),
      'actions[0].sessionTimeoutMs: missing',
    ],
    [
      'a session timeout of 0',
      scenario([{ ...ADD, sessionTimeoutMs: 0 }]),
      'actions[0].sessionTimeoutMs',
    ],
    ['an empty id', scenario([{ ...ADD, client: '' }]), 'actions[0].client'],
    [
      'an action on the client before its add',
      scenario([{ atMs: 1000, do: 'client-crash', client: 'c9' }, ADD]),
      'actions[0].client: "c9" is added at 3000 ms by actions[1], after this action runs',
    ],
  ])('refuses %s', (_, s, message) => {
    expect(errorOf(s)).toContain(message);
  });
});
