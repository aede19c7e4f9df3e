/**
 * The lab's wiring into a world and into the report: its ZooKeeper clients come after the
 * scenario's own (backends, dormant added backends, then the balancer), scenarios the lab cannot
 * run are refused with a field problem (a code, worded in English as the runner always did), and
 * the report's balancer section has exactly the fields of SCENARIO.md.
 */
import { describe, expect, it } from 'vitest';
import { createWorld } from '../extensions';
import { fieldProblemText, labOf, runScenario, unsupportedFeature } from '../index';
import { validateScenario } from '../scenario/validate';

function scenario(extra: Record<string, unknown> = {}, balancer: Record<string, unknown> = {}) {
  const v = validateScenario({
    version: 1,
    seed: 1,
    untilMs: 4000,
    ensemble: { servers: 3 },
    clients: [{ id: 'app', connect: [1], sessionTimeoutMs: 6000 }],
    balancer: {
      service: '/svc/api',
      sessionTimeoutMs: 5000,
      strategies: ['random'],
      backends: [
        { id: 'b1', meanServiceMs: 5 },
        { id: 'b2', meanServiceMs: 5 },
      ],
      traffic: { ratePerSec: 50 },
      actions: [{ atMs: 2000, do: 'add-backend', backend: { id: 'b3', meanServiceMs: 5 } }],
      ...balancer,
    },
    ...extra,
  });
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}

describe('lab setup', () => {
  it('appends one register client per backend, added ones dormant, then the discover client', () => {
    const w = createWorld(scenario());
    expect(
      w.clients.map((c) => [
        c.client.id,
        c.node,
        c.client.connect,
        c.client.requestedTimeoutMs,
        c.recipe?.recipe,
      ]),
    ).toEqual([
      ['app', 100, [1], 6000, undefined],
      ['lb:b1', 101, [1, 2, 3], 5000, { kind: 'register', path: '/svc/api/b1', data: 'b1:80' }],
      ['lb:b2', 102, [1, 2, 3], 5000, { kind: 'register', path: '/svc/api/b2', data: 'b2:80' }],
      ['lb:b3', 103, [1, 2, 3], 5000, { kind: 'register', path: '/svc/api/b3', data: 'b3:80' }],
      ['lb:balancer', 104, [1, 2, 3], 5000, { kind: 'discover', path: '/svc/api' }],
    ]);
    expect(labOf(w)!.backends.map((b) => [b.spec.id, b.client, b.present])).toEqual([
      ['b1', 1, true],
      ['b2', 2, true],
      ['b3', 3, false],
    ]);
    expect(labOf(w)!.balancerClient).toBe(4);
  });

  it('refuses client ids the lab reserves and backend ids that are not znode names', () => {
    expect(unsupportedFeature(scenario())).toBeNull();
    const reserved = scenario({ clients: [{ id: 'lb:x', connect: [1], sessionTimeoutMs: 6000 }] });
    expect(unsupportedFeature(reserved)).toEqual({
      path: 'clients[0].id',
      why: { code: 'labClientId', params: {} },
    });
    // The runner's line, worded from the code, is the one it always printed.
    const line =
      'clients[0].id: ids beginning with "lb:" are reserved for the load-balancing lab\'s own clients';
    expect(fieldProblemText(unsupportedFeature(reserved)!)).toBe(line);
    expect(() => runScenario(reserved)).toThrow(line);
    const slash = unsupportedFeature(scenario({}, { backends: [{ id: 'a/b', meanServiceMs: 5 }] }));
    expect(slash).toEqual({
      path: 'balancer',
      why: {
        code: 'backendNotZnode',
        params: { id: 'a/b', service: '/svc/api', problem: { code: 'slash' } },
      },
    });
    expect(fieldProblemText(slash!)).toBe(
      'balancer: backend id "a/b" cannot be a znode name under /svc/api (contains \'/\')',
    );
    const dots = unsupportedFeature(scenario({}, { backends: [{ id: '..', meanServiceMs: 5 }] }));
    expect(dots?.why).toEqual({
      code: 'backendNotZnode',
      params: { id: '..', service: '/svc/api', problem: { code: 'dotDot', at: 9 } },
    });
    expect(fieldProblemText(dots!)).toBe(
      'balancer: backend id ".." cannot be a znode name under /svc/api ' +
        "(relative path segment '..' at 9)",
    );
  });

  it('reports the balancer section with exactly the contract fields', () => {
    const b = runScenario(scenario()).balancer!;
    expect(Object.keys(b)).toEqual(['latencyPrecision', 'strategies', 'membershipChanges']);
    expect(b.latencyPrecision).toBe('exact');
    const s = b.strategies[0]!;
    expect(Object.keys(s)).toEqual([
      'id',
      'offered',
      'completed',
      'dropped',
      'failed',
      'latencyMs',
      'loadImbalance',
      'backends',
    ]);
    expect(Object.keys(s.latencyMs)).toEqual(['p50', 'p95', 'p99', 'max']);
    expect(s.backends.map((x) => Object.keys(x))).toEqual(
      [0, 1, 2].map(() => ['id', 'served', 'utilization', 'queuePeak']),
    );
    expect(Object.keys(b.membershipChanges[0]!)).toEqual([
      'atMs',
      'kind',
      'backend',
      'keysMovedFraction',
    ]);
    expect(s.offered).toBeGreaterThan(0);
  });
});
