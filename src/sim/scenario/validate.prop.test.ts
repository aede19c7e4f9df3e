// Proves, with fast-check over generated valid scenarios (every section and every action kind),
// that validation accepts them, that validating the JSON of a resolved scenario is a fixed point,
// that actions come out ordered by atMs with the file order kept for ties, and that a scenario
// broken at any one place is refused with its field as data whose English (why.ts) is the
// one-line message word for word. On failure fast-check prints the seed and the shrunk
// counterexample.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateScenario } from './validate';
import { fieldProblemText } from './why';
import { formatZxid } from '../zab/zxid';
import { CREATE_MODES, STRATEGY_IDS } from './types';

type Json = Record<string, unknown>;

const segment = fc.stringMatching(/^[a-z0-9_.-]{1,6}$/).filter((s) => s !== '.' && s !== '..');
const zkPath = fc.oneof(
  { weight: 1, arbitrary: fc.constant('/') },
  {
    weight: 6,
    arbitrary: fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => '/' + s.join('/')),
  },
);
const atMs = fc.nat({ max: 20000 });
const text = fc.string({ maxLength: 8 });

/** A persisted state ZooKeeper could have written; the zxid sometimes with extra leading zeros. */
const initialState = (sid: number) =>
  fc
    .record({
      currentEpoch: fc.nat({ max: 5 }),
      extraAccepted: fc.nat({ max: 2 }),
      epochBack: fc.nat({ max: 5 }),
      counter: fc.nat({ max: 1000 }),
      pad: fc.nat({ max: 3 }),
    })
    .map(({ currentEpoch, extraAccepted, epochBack, counter, pad }) => {
      const epoch = Math.max(0, currentEpoch - epochBack);
      const hex = formatZxid({ epoch, counter: epoch === 0 ? 0 : counter }).slice(2);
      return {
        sid,
        acceptedEpoch: currentEpoch + extraAccepted,
        currentEpoch,
        lastZxid: '0x' + '0'.repeat(pad) + hex,
      };
    });

/** Every sid once, split into at least two non-empty groups. */
const partition = (sids: number[]) =>
  fc
    .shuffledSubarray(sids, { minLength: sids.length, maxLength: sids.length })
    .chain((order) =>
      fc
        .integer({ min: 1, max: order.length - 1 })
        .map((cut) => [order.slice(0, cut), order.slice(cut)]),
    );

function serverAction(sids: number[]): fc.Arbitrary<Json> {
  const sid = fc.constantFrom(...sids);
  const choices: fc.Arbitrary<Json>[] = [
    fc.record({
      atMs,
      do: fc.constantFrom('crash', 'restart', 'freeze', 'unfreeze'),
      sid: fc.oneof(sid, fc.constant('leader')),
    }),
    fc.record({ atMs, do: fc.constant('heal') }),
    fc.record({ atMs, do: fc.constant('write'), via: sid, path: zkPath, data: text }),
    fc
      .record({
        atMs,
        do: fc.constant('delay'),
        delayMsMin: fc.nat({ max: 5 }),
        extra: fc.nat({ max: 5 }),
      })
      .map(({ extra, ...a }) => ({ ...a, delayMsMax: a.delayMsMin + extra })),
  ];
  if (sids.length >= 2) {
    choices.push(fc.record({ atMs, do: fc.constant('partition'), groups: partition(sids) }));
    choices.push(
      fc
        .record({
          atMs,
          do: fc.constant('delay-link'),
          link: fc.shuffledSubarray(sids, { minLength: 2, maxLength: 2 }),
          extraMs: fc.nat({ max: 2000 }),
        })
        .map(({ link, ...a }) => ({ ...a, from: link[0], to: link[1] })),
    );
  }
  return fc.oneof(...choices);
}

function clientAction(clientIds: string[], sids: number[]): fc.Arbitrary<Json> {
  const client = fc.constantFrom(...clientIds);
  const version = { version: fc.integer({ min: -1, max: 5 }) };
  return fc.oneof(
    fc.record(
      {
        atMs,
        do: fc.constant('create'),
        client,
        path: zkPath,
        data: text,
        mode: fc.constantFrom(...CREATE_MODES),
      },
      { requiredKeys: ['atMs', 'do', 'client', 'path'] },
    ),
    fc.record(
      { atMs, do: fc.constant('delete'), client, path: zkPath, ...version },
      { requiredKeys: ['atMs', 'do', 'client', 'path'] },
    ),
    fc.record(
      { atMs, do: fc.constant('set'), client, path: zkPath, data: text, ...version },
      { requiredKeys: ['atMs', 'do', 'client', 'path', 'data'] },
    ),
    fc.record(
      {
        atMs,
        do: fc.constantFrom('get', 'exists', 'children'),
        client,
        path: zkPath,
        watch: fc.boolean(),
      },
      { requiredKeys: ['atMs', 'do', 'client', 'path'] },
    ),
    fc.record({ atMs, do: fc.constant('sync'), client, path: zkPath }),
    fc.record({
      atMs,
      do: fc.constantFrom('close-session', 'client-crash', 'client-restart', 'client-heal'),
      client,
    }),
    fc.record({
      atMs,
      do: fc.constant('client-partition'),
      client,
      from: fc.oneof(fc.constant('all'), fc.shuffledSubarray(sids, { minLength: 1 })),
    }),
  );
}

const recipe = fc.oneof(
  fc.constant(null),
  fc.record({ kind: fc.constant('register'), path: zkPath, data: text }),
  fc.record({ kind: fc.constantFrom('discover', 'config'), path: zkPath }),
  fc.record({ kind: fc.constant('lock'), path: zkPath, holdMs: fc.nat({ max: 5000 }) }),
);

const backend = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      meanServiceMs: fc.double({ min: 0.5, max: 100, noNaN: true }),
      slots: fc.integer({ min: 1, max: 4 }),
      queueMax: fc.nat({ max: 100 }),
      weight: fc.integer({ min: 1, max: 5 }),
    },
    { requiredKeys: ['id', 'meanServiceMs'] },
  );

const balancer = fc.integer({ min: 1, max: 4 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `b${i + 1}`);
  const named = fc.constantFrom(...ids);
  const action = fc.oneof(
    fc.record({
      atMs,
      do: fc.constantFrom('kill-backend', 'restart-backend', 'remove-backend'),
      backend: named,
    }),
    fc.record({
      atMs,
      do: fc.constant('slow-backend'),
      backend: named,
      factor: fc.double({ min: 0.1, max: 10, noNaN: true }),
    }),
  );
  return fc.record(
    {
      service: zkPath,
      sessionTimeoutMs: fc.integer({ min: 1, max: 60000 }),
      strategies: fc.shuffledSubarray([...STRATEGY_IDS], { minLength: 1 }),
      vnodes: fc.integer({ min: 1, max: 200 }),
      backends: fc.tuple(...ids.map(backend)),
      traffic: fc.record(
        {
          ratePerSec: fc.double({ min: 0.1, max: 1000, noNaN: true }),
          burst: fc.option(
            fc.record({
              onMs: fc.integer({ min: 1, max: 5000 }),
              offMs: fc.integer({ min: 1, max: 5000 }),
              factor: fc.double({ min: 0.1, max: 10, noNaN: true }),
            }),
          ),
          keys: fc.record(
            {
              count: fc.integer({ min: 1, max: 10000 }),
              zipfS: fc.double({ min: 0, max: 2, noNaN: true }),
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: ['ratePerSec'] },
      ),
      actions: fc.array(action, { maxLength: 4 }),
    },
    { requiredKeys: ['service', 'sessionTimeoutMs', 'strategies', 'backends', 'traffic'] },
  );
});

const scenario: fc.Arbitrary<Json> = fc
  .integer({ min: 1, max: 9 })
  .chain((servers) => fc.tuple(fc.constant(servers), fc.integer({ min: 0, max: 9 - servers })))
  .chain(([servers, observers]) => {
    const sids = Array.from({ length: servers + observers }, (_, i) => i + 1);
    const clientIds = ['c1', 'c2', 'c3'];
    const clients = fc.uniqueArray(fc.constantFrom(...clientIds), { maxLength: 3 }).chain((ids) =>
      fc.tuple(
        ...ids.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              connect: fc.shuffledSubarray(sids, { minLength: 1 }),
              sessionTimeoutMs: fc.integer({ min: 1, max: 60000 }),
              startAtMs: atMs,
              recipe,
            },
            { requiredKeys: ['id', 'connect', 'sessionTimeoutMs'] },
          ),
        ),
      ),
    );
    return clients.chain((cs) => {
      const ids = cs.map((c) => c.id as string);
      const action =
        ids.length > 0 ? fc.oneof(serverAction(sids), clientAction(ids, sids)) : serverAction(sids);
      return fc.record(
        {
          version: fc.constant(1),
          seed: fc.maxSafeNat(),
          untilMs: fc.nat({ max: 200000 }),
          ensemble: fc
            .record(
              {
                servers: fc.constant(servers),
                observers: fc.constant(observers),
                tickTimeMs: fc.integer({ min: 10, max: 5000 }),
                initLimit: fc.integer({ min: 1, max: 20 }),
                syncLimit: fc.integer({ min: 1, max: 20 }),
                commitLogCount: fc.nat({ max: 1000 }),
                start: fc
                  .shuffledSubarray(sids)
                  .chain((s) =>
                    fc.tuple(...s.map((sid) => fc.record({ sid: fc.constant(sid), atMs }))),
                  ),
                initial: fc.shuffledSubarray(sids).chain((s) => fc.tuple(...s.map(initialState))),
              },
              { requiredKeys: ['servers', 'observers'] },
            )
            // "observers" may be left out only when it is 0, or the generated sids would not exist.
            .chain((e) =>
              e['observers'] === 0
                ? fc.constantFrom(e, { ...e, observers: undefined })
                : fc.constant(e),
            )
            .map((e) => JSON.parse(JSON.stringify(e)) as Json),
          network: fc
            .record({
              delayMsMin: fc.nat({ max: 5 }),
              extra: fc.nat({ max: 20 }),
              fsyncMsMax: fc.nat({ max: 2 }),
            })
            .map(({ extra, ...n }) => ({ ...n, delayMsMax: n.delayMsMin + extra })),
          clients: fc.constant(cs),
          balancer: fc.option(balancer),
          actions: fc.array(action, { maxLength: 12 }),
          // "clients" is always present: leaving it out would orphan the generated client actions.
        },
        { requiredKeys: ['version', 'seed', 'untilMs', 'ensemble', 'clients'] },
      );
    });
  });

describe('validateScenario properties', () => {
  it('accepts every generated valid scenario, and a resolved scenario is a fixed point', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const first = validateScenario(s);
        if (!first.ok) throw new Error(first.error);
        const json = JSON.stringify(first.scenario);
        const again = validateScenario(JSON.parse(json));
        if (!again.ok) throw new Error(`resolved scenario refused: ${again.error}`);
        expect(JSON.stringify(again.scenario)).toBe(json);
      }),
      { numRuns: 300 },
    );
  });

  it('orders actions by atMs and keeps the file order for equal times', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = validateScenario(s);
        if (!r.ok) throw new Error(r.error);
        const input = (s['actions'] ?? []) as Json[];
        const times = r.scenario.actions.map((a) => a.atMs);
        expect(times).toEqual([...times].sort((a, b) => a - b));
        for (const t of new Set(times)) {
          const kinds = (list: { atMs: unknown; do: unknown }[]) =>
            list.filter((a) => a.atMs === t).map((a) => a.do);
          expect(kinds(r.scenario.actions)).toEqual(
            kinds(input as { atMs: unknown; do: unknown }[]),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a scenario broken anywhere with its field as data, worded as the message', () => {
    // Every place in the scenario, by its keys; one is replaced by junk, or gets a stray key.
    const places = (v: unknown, at: (string | number)[] = []): (string | number)[][] =>
      typeof v !== 'object' || v === null
        ? [at]
        : [
            at,
            ...Object.entries(v).flatMap(([k, x]) =>
              places(x, [...at, Array.isArray(v) ? Number(k) : k]),
            ),
          ];
    const junk = fc.oneof(
      fc.constant(null),
      fc.constant([]),
      fc.constant({}),
      fc.integer({ min: -3, max: 1e7 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 6 }),
      fc.constantFrom('leader', 'all', '/a//b', '0x1ffffffff', 'heal'),
    );
    let refused = 0;
    fc.assert(
      fc.property(scenario, fc.nat(), junk, fc.boolean(), (s, pick, value, stray) => {
        const copy = JSON.parse(JSON.stringify(s)) as Json;
        const all = places(copy).filter((p) => p.length > 0);
        const at = all[pick % all.length]!;
        let parent: Record<string | number, unknown> = copy;
        for (const k of at.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
        const last = at[at.length - 1]!;
        if (stray && typeof parent[last] === 'object' && parent[last] !== null)
          (parent[last] as Record<string, unknown>)['zz'] = value;
        else parent[last] = value;
        const r = validateScenario(copy);
        if (r.ok) return;
        refused++;
        expect(r.field, r.error).toBeDefined();
        expect(fieldProblemText(r.field!)).toBe(r.error);
      }),
      { numRuns: 400 },
    );
    expect(refused).toBeGreaterThan(200);
  });
});
