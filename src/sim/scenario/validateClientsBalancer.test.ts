// Proves that the clients section (ids, connect lists, session timeouts, recipes) and the
// load-balancing lab (strategies, backends, traffic, its time-ordered actions) are refused on the
// first problem with the exact field path, by mutating one field of a valid scenario at a time.
import { describe, expect, it } from 'vitest';
import { validateScenario } from './validate';

type Json = Record<string, unknown>;

function base(): Json {
  return {
    version: 1,
    seed: 1,
    untilMs: 60000,
    ensemble: { servers: 3 },
    clients: [
      { id: 'c1', connect: [1, 2, 3], sessionTimeoutMs: 6000 },
      {
        id: 'c2',
        connect: [2],
        sessionTimeoutMs: 6000,
        recipe: { kind: 'discover', path: '/svc' },
      },
    ],
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: 6000,
      strategies: ['round-robin', 'p2c'],
      backends: [
        { id: 'b1', meanServiceMs: 20 },
        { id: 'b2', meanServiceMs: 20, slots: 2, queueMax: 10, weight: 3 },
      ],
      traffic: { ratePerSec: 300 },
      actions: [],
    },
  };
}

function errorOf(mutate: (s: Json) => void): string {
  const s = base();
  mutate(s);
  const result = validateScenario(s);
  if (result.ok) throw new Error('expected the scenario to be refused');
  return result.error;
}

const client = (s: Json, i: number): Json => (s['clients'] as Json[])[i]!;
const balancer = (s: Json): Json => s['balancer'] as Json;
const backend = (s: Json, i: number): Json => (balancer(s)['backends'] as Json[])[i]!;
const traffic = (s: Json): Json => balancer(s)['traffic'] as Json;

it('accepts the base scenario', () => {
  expect(validateScenario(base()).ok).toBe(true);
});

describe('clients', () => {
  it.each<[string, (s: Json) => void, string]>([
    [
      'a duplicate id',
      (s) => (client(s, 1)['id'] = 'c1'),
      'clients[1].id: "c1" is already used by clients[0]',
    ],
    ['an empty id', (s) => (client(s, 0)['id'] = ''), 'clients[0].id: must not be empty'],
    ['a numeric id', (s) => (client(s, 0)['id'] = 1), 'clients[0].id: expected a string, got 1'],
    [
      'a missing connect',
      (s) => delete client(s, 0)['connect'],
      'clients[0].connect: missing (a list of server ids)',
    ],
    [
      'an empty connect',
      (s) => (client(s, 0)['connect'] = []),
      'clients[0].connect: must name at least one server',
    ],
    [
      'connect to a missing server',
      (s) => (client(s, 0)['connect'] = [1, 4]),
      'clients[0].connect[1]: server 4 does not exist (servers: 1..3)',
    ],
    [
      'connect to a server twice',
      (s) => (client(s, 0)['connect'] = [1, 2, 1]),
      'clients[0].connect[2]: server 1 is listed twice',
    ],
    [
      'connect as a string',
      (s) => (client(s, 0)['connect'] = '1,2'),
      'clients[0].connect: expected a list of server ids, got "1,2"',
    ],
    [
      'a zero session timeout',
      (s) => (client(s, 0)['sessionTimeoutMs'] = 0),
      'clients[0].sessionTimeoutMs: expected an integer from 1 to 1200000, got 0',
    ],
    [
      'a missing session timeout',
      (s) => delete client(s, 0)['sessionTimeoutMs'],
      'clients[0].sessionTimeoutMs: missing (an integer from 1 to 1200000)',
    ],
    [
      'a negative start',
      (s) => (client(s, 0)['startAtMs'] = -1),
      'clients[0].startAtMs: expected an integer from 0 to 86400000, got -1',
    ],
    [
      'an unknown field',
      (s) => (client(s, 0)['timeout'] = 5),
      'clients[0].timeout: unknown field (allowed: id, connect, sessionTimeoutMs, startAtMs, recipe)',
    ],
    [
      'an unknown recipe kind',
      (s) => (client(s, 1)['recipe'] = { kind: 'leader-election', path: '/e' }),
      'clients[1].recipe.kind: unknown recipe kind "leader-election" (known: register, discover, config, lock)',
    ],
    [
      'a recipe without kind',
      (s) => (client(s, 1)['recipe'] = { path: '/e' }),
      'clients[1].recipe.kind: missing (the recipe: register, discover, config, lock)',
    ],
    [
      'a recipe field of another kind',
      (s) => (client(s, 1)['recipe'] = { kind: 'discover', path: '/e', holdMs: 5 }),
      'clients[1].recipe.holdMs: unknown field for recipe "discover" (allowed: kind, path)',
    ],
    [
      'a lock without holdMs',
      (s) => (client(s, 1)['recipe'] = { kind: 'lock', path: '/locks/job' }),
      'clients[1].recipe.holdMs: missing (an integer from 0 to 86400000)',
    ],
    [
      'a register without data',
      (s) => (client(s, 1)['recipe'] = { kind: 'register', path: '/svc/a' }),
      'clients[1].recipe.data: missing (a string)',
    ],
    [
      'a recipe with a bad path',
      (s) => (client(s, 1)['recipe'] = { kind: 'config', path: 'config/app' }),
      'clients[1].recipe.path: "config/app" is not a valid ZooKeeper path (must start with \'/\')',
    ],
  ])('refuses %s', (_name, mutate, message) => {
    expect(errorOf(mutate)).toBe(message);
  });
});

describe('balancer', () => {
  it.each<[string, (s: Json) => void, string]>([
    [
      'an unknown strategy',
      (s) => (balancer(s)['strategies'] = ['round-robin', 'fastest']),
      'balancer.strategies[1]: unknown strategy "fastest" (known: round-robin, weighted-round-robin, random, least-connections, hash-mod, consistent-hash, p2c, pewma)',
    ],
    [
      'no strategies',
      (s) => (balancer(s)['strategies'] = []),
      'balancer.strategies: must name at least one strategy (known: round-robin, weighted-round-robin, random, least-connections, hash-mod, consistent-hash, p2c, pewma)',
    ],
    [
      'a strategy twice',
      (s) => (balancer(s)['strategies'] = ['p2c', 'p2c']),
      'balancer.strategies[1]: strategy "p2c" is listed twice',
    ],
    [
      'no backends',
      (s) => (balancer(s)['backends'] = []),
      'balancer.backends: needs at least one backend',
    ],
    [
      'a duplicate backend id',
      (s) => (backend(s, 1)['id'] = 'b1'),
      'balancer.backends[1].id: "b1" is already used by balancer.backends[0]',
    ],
    [
      'a zero meanServiceMs',
      (s) => (backend(s, 0)['meanServiceMs'] = 0),
      'balancer.backends[0].meanServiceMs: expected a number from 0.001 to 60000, got 0',
    ],
    [
      'zero slots',
      (s) => (backend(s, 0)['slots'] = 0),
      'balancer.backends[0].slots: expected an integer from 1 to 64, got 0',
    ],
    [
      'a negative queueMax',
      (s) => (backend(s, 0)['queueMax'] = -1),
      'balancer.backends[0].queueMax: expected an integer from 0 to 200, got -1',
    ],
    [
      'a zero weight',
      (s) => (backend(s, 0)['weight'] = 0),
      'balancer.backends[0].weight: expected an integer from 1 to 1000, got 0',
    ],
    [
      'a zero rate',
      (s) => (traffic(s)['ratePerSec'] = 0),
      'balancer.traffic.ratePerSec: expected a number from 0.001 to 100000, got 0',
    ],
    [
      'a negative zipfS',
      (s) => (traffic(s)['keys'] = { zipfS: -0.5 }),
      'balancer.traffic.keys.zipfS: expected a number from 0 to 10, got -0.5',
    ],
    [
      'zero keys',
      (s) => (traffic(s)['keys'] = { count: 0 }),
      'balancer.traffic.keys.count: expected an integer from 1 to 1000000, got 0',
    ],
    [
      'a burst without factor',
      (s) => (traffic(s)['burst'] = { onMs: 1000, offMs: 4000 }),
      'balancer.traffic.burst.factor: missing (a number from 0.001 to 1000)',
    ],
    [
      'a service that is not a path',
      (s) => (balancer(s)['service'] = 'api'),
      'balancer.service: "api" is not a valid ZooKeeper path (must start with \'/\')',
    ],
    [
      'a missing session timeout',
      (s) => delete balancer(s)['sessionTimeoutMs'],
      'balancer.sessionTimeoutMs: missing (an integer from 1 to 1200000)',
    ],
    [
      'an unknown field',
      (s) => (balancer(s)['strategy'] = 'p2c'),
      'balancer.strategy: unknown field (allowed: service, sessionTimeoutMs, strategies, vnodes, backends, traffic, actions, spares)',
    ],
  ])('refuses %s', (_name, mutate, message) => {
    expect(errorOf(mutate)).toBe(message);
  });
});

describe('balancer actions', () => {
  const withActions = (actions: Json[]) => (s: Json) => (balancer(s)['actions'] = actions);
  const b9 = { id: 'b9', meanServiceMs: 20 };

  it.each<[string, Json[], string]>([
    [
      'an unknown backend',
      [{ atMs: 5, do: 'kill-backend', backend: 'b7' }],
      'balancer.actions[0].backend: backend "b7" does not exist at 5 ms (backends then: b1, b2)',
    ],
    [
      'an unknown action',
      [{ atMs: 5, do: 'crash-backend', backend: 'b1' }],
      'balancer.actions[0].do: unknown balancer action "crash-backend" (known: kill-backend, restart-backend, slow-backend, add-backend, remove-backend)',
    ],
    [
      'slow-backend without factor',
      [{ atMs: 5, do: 'slow-backend', backend: 'b1' }],
      'balancer.actions[0].factor: missing (a number from 0.001 to 1000)',
    ],
    [
      'factor on kill-backend',
      [{ atMs: 5, do: 'kill-backend', backend: 'b1', factor: 2 }],
      'balancer.actions[0].factor: unknown field for "kill-backend" (allowed: atMs, do, backend)',
    ],
    [
      'adding an existing id',
      [{ atMs: 5, do: 'add-backend', backend: { id: 'b2', meanServiceMs: 5 } }],
      'balancer.actions[0].backend.id: backend "b2" already exists at 5 ms',
    ],
    [
      'an added backend with a bad field',
      [{ atMs: 5, do: 'add-backend', backend: { id: 'b9', meanServiceMs: -1 } }],
      'balancer.actions[0].backend.meanServiceMs: expected a number from 0.001 to 60000, got -1',
    ],
    [
      'naming a backend before it is added',
      [
        { atMs: 50000, do: 'add-backend', backend: b9 },
        { atMs: 40000, do: 'slow-backend', backend: 'b9', factor: 4 },
      ],
      'balancer.actions[1].backend: backend "b9" does not exist at 40000 ms (backends then: b1, b2)',
    ],
  ])('refuses %s', (_name, actions, message) => {
    expect(errorOf(withActions(actions))).toBe(message);
  });

  it('lets later actions name an added backend, in time order rather than list order', () => {
    const s = base();
    balancer(s)['actions'] = [
      { atMs: 60000, do: 'remove-backend', backend: 'b9' },
      { atMs: 50000, do: 'add-backend', backend: b9 },
      { atMs: 50000, do: 'kill-backend', backend: 'b9' },
    ];
    const r = validateScenario(s);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.scenario.balancer?.actions.map((a) => a.do)).toEqual([
        'add-backend',
        'kill-backend',
        'remove-backend',
      ]);
  });
});
