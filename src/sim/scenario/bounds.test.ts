// Proves that every field of the scenario format has a bound the validator enforces with one line
// naming the field: the inputs that once hung, crashed or exhausted memory (issue "hardening",
// part 4) are refused at once, and every field at its bound is accepted. (src/cli/boundsDocs.test.ts
// checks that docs/SCENARIO-EXTENSIONS.md states the same numbers.)
import { describe, expect, it } from 'vitest';
import * as B from './bounds';
import { parseScenario, validateScenario } from './validate';

type Json = Record<string, unknown>;

/** A scenario with every section, each field well inside its bound. */
function base(): Json {
  return {
    version: 1,
    seed: 1,
    untilMs: 60000,
    ensemble: { servers: 3 },
    clients: [{ id: 'c1', connect: [1, 2, 3], sessionTimeoutMs: 6000 }],
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: 6000,
      strategies: ['round-robin', 'consistent-hash'],
      backends: [{ id: 'b1', meanServiceMs: 20 }],
      traffic: { ratePerSec: 300 },
    },
    actions: [],
  };
}

function errorOf(mutate: (s: Json) => void): string {
  const s = base();
  mutate(s);
  const v = validateScenario(s);
  return v.ok ? 'accepted' : v.error;
}

const ens = (s: Json) => s['ensemble'] as Json;
const bal = (s: Json) => s['balancer'] as Json;
const traffic = (s: Json) => bal(s)['traffic'] as Json;

describe('the inputs that hung, crashed or exhausted memory are refused with one line', () => {
  it.each<[string, (s: Json) => void, string]>([
    [
      'initial lastZxid 0x1ffffffff (the quadratic injection)',
      (s) =>
        (ens(s)['initial'] = [
          { sid: 1, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x1ffffffff' },
        ]),
      'ensemble.initial[0].lastZxid: 0x1ffffffff has counter 0xffffffff, which no leader ever uses: it forces a new election first (ZOOKEEPER-1277), so the last counter of an epoch is 0xfffffffe',
    ],
    [
      'initial lastZxid 0x1fffffffe (2^32 - 2 transactions to write)',
      (s) =>
        (ens(s)['initial'] = [
          { sid: 1, acceptedEpoch: 1, currentEpoch: 1, lastZxid: '0x1fffffffe' },
        ]),
      `ensemble.initial[0].lastZxid: the initial logs would hold 4294967294 transactions in all, more than the ${B.INITIAL_TXNS_MAX} the simulation materialises (a log holds every txn up to lastZxid's counter)`,
    ],
    [
      'every server at the largest epoch',
      (s) =>
        (ens(s)['initial'] = [1, 2, 3].map((sid) => ({
          sid,
          acceptedEpoch: 4294967295,
          currentEpoch: 4294967295,
          lastZxid: '0x0',
        }))),
      'ensemble.initial: servers 1, 2, 3 (a majority of the 3 voters) have acceptedEpoch 4294967295, the largest epoch: every quorum would need epoch 4294967296, which no zxid can hold (ZooKeeper has no epoch rollover), so no leader could ever be established',
    ],
    [
      'keys.count 1e12 (a RangeError)',
      (s) => (traffic(s)['keys'] = { count: 1e12 }),
      `balancer.traffic.keys.count: expected an integer from 1 to ${B.KEYS_COUNT_MAX}, got 1000000000000`,
    ],
    [
      'keys.count 2e8 (1.66 GB)',
      (s) => (traffic(s)['keys'] = { count: 2e8 }),
      `balancer.traffic.keys.count: expected an integer from 1 to ${B.KEYS_COUNT_MAX}, got 200000000`,
    ],
    [
      'vnodes 1e7 (3.2 GB)',
      (s) => (bal(s)['vnodes'] = 1e7),
      `balancer.vnodes: expected an integer from 1 to ${B.VNODES_MAX}, got 10000000`,
    ],
    [
      'vnodes 1e9 (heap exhausted)',
      (s) => (bal(s)['vnodes'] = 1e9),
      `balancer.vnodes: expected an integer from 1 to ${B.VNODES_MAX}, got 1000000000`,
    ],
    [
      'ratePerSec 1e9 (a hang)',
      (s) => (traffic(s)['ratePerSec'] = 1e9),
      `balancer.traffic.ratePerSec: expected a number from ${B.RATE_PER_SEC_MIN} to ${B.RATE_PER_SEC_MAX}, got 1000000000`,
    ],
    [
      'burst.factor 1e308 (a hang)',
      (s) => (traffic(s)['burst'] = { onMs: 1000, offMs: 1000, factor: 1e308 }),
      `balancer.traffic.burst.factor: expected a number from ${B.FACTOR_MIN} to ${B.FACTOR_MAX}, got 1e+308`,
    ],
    [
      'untilMs 2^53 - 1 (a hang)',
      (s) => (s['untilMs'] = Number.MAX_SAFE_INTEGER),
      `untilMs: expected an integer from 0 to ${B.UNTIL_MS_MAX}, got 9007199254740991`,
    ],
  ])('%s', (_name, mutate, error) => {
    expect(errorOf(mutate)).toBe(error);
  });
});

describe('every other field has its bound', () => {
  const long = (n: number) => 'x'.repeat(n);
  it.each<[string, (s: Json) => void, RegExp]>([
    ['title', (s) => (s['title'] = long(B.TITLE_CHARS_MAX + 1)), /^title: 201 characters/],
    [
      'description',
      (s) => (s['description'] = long(B.DESCRIPTION_CHARS_MAX + 1)),
      /^description: 10001 characters, more than the 10000 allowed$/,
    ],
    ['tickTimeMs', (s) => (ens(s)['tickTimeMs'] = 9), /^ensemble\.tickTimeMs: .*from 10 to 60000/],
    ['initLimit', (s) => (ens(s)['initLimit'] = 1001), /^ensemble\.initLimit: .*from 1 to 1000/],
    [
      'start atMs',
      (s) => (ens(s)['start'] = [{ sid: 1, atMs: B.AT_MS_MAX + 1 }]),
      /^ensemble\.start\[0\]\.atMs: .*from 0 to 86400000/,
    ],
    [
      'delayMsMax',
      (s) => (s['network'] = { delayMsMax: B.DELAY_MS_MAX + 1 }),
      /^network\.delayMsMax: .*from 0 to 60000/,
    ],
    [
      'fsyncMsMax',
      (s) => (s['network'] = { fsyncMsMax: B.DELAY_MS_MAX + 1 }),
      /^network\.fsyncMsMax: .*from 0 to 60000/,
    ],
    [
      'clients',
      (s) =>
        (s['clients'] = Array.from({ length: B.CLIENTS_MAX + 1 }, (_, i) => ({
          id: `c${i}`,
          connect: [1],
          sessionTimeoutMs: 6000,
        }))),
      /^clients: 51 clients, more than the 50 allowed$/,
    ],
    [
      'a client id',
      (s) => ((s['clients'] as Json[])[0]!['id'] = long(B.ID_CHARS_MAX + 1)),
      /^clients\[0\]\.id: 65 characters, more than the 64 allowed$/,
    ],
    [
      'a session timeout',
      (s) => ((s['clients'] as Json[])[0]!['sessionTimeoutMs'] = B.SESSION_TIMEOUT_MS_MAX + 1),
      /^clients\[0\]\.sessionTimeoutMs: .*from 1 to 1200000/,
    ],
    [
      'a path',
      (s) =>
        ((s['clients'] as Json[])[0]!['recipe'] = {
          kind: 'discover',
          path: '/' + long(B.PATH_CHARS_MAX),
        }),
      /^clients\[0\]\.recipe\.path: 1025 characters, more than the 1024 allowed for a path$/,
    ],
    [
      'write data',
      (s) =>
        (s['actions'] = [
          { atMs: 1, do: 'write', via: 1, path: '/a', data: long(B.DATA_CHARS_MAX + 1) },
        ]),
      /^actions\[0\]\.data: 4097 characters, more than the 4096 allowed$/,
    ],
    [
      'an action time',
      (s) => (s['actions'] = [{ atMs: B.AT_MS_MAX + 1, do: 'heal' }]),
      /^actions\[0\]\.atMs: .*from 0 to 86400000/,
    ],
    [
      'a znode version',
      (s) =>
        (s['actions'] = [{ atMs: 1, do: 'delete', client: 'c1', path: '/a', version: 2 ** 31 }]),
      /^actions\[0\]\.version: .*from -1 to 2147483647/,
    ],
    [
      'the number of actions',
      (s) =>
        (s['actions'] = Array.from({ length: B.ACTIONS_MAX + 1 }, () => ({ atMs: 1, do: 'heal' }))),
      /^actions: 100001 actions, more than the 100000 allowed$/,
    ],
    [
      'a link delay',
      (s) =>
        (s['actions'] = [
          { atMs: 1, do: 'delay-link', from: 1, to: 2, extraMs: B.DELAY_MS_MAX + 1 },
        ]),
      /^actions\[0\]\.extraMs: .*from 0 to 60000/,
    ],
    [
      'backends',
      (s) =>
        (bal(s)['backends'] = Array.from({ length: B.BACKENDS_MAX + 1 }, (_, i) => ({
          id: `b${i}`,
          meanServiceMs: 20,
        }))),
      /^balancer\.backends: 33 backends, 0 spares and 0 add-backend actions make 33 backends, more than the 32 allowed$/,
    ],
    [
      'slots',
      (s) => (bal(s)['backends'] = [{ id: 'b1', meanServiceMs: 20, slots: B.SLOTS_MAX + 1 }]),
      /^balancer\.backends\[0\]\.slots: .*from 1 to 64/,
    ],
    [
      'queueMax',
      (s) =>
        (bal(s)['backends'] = [{ id: 'b1', meanServiceMs: 20, queueMax: B.QUEUE_MAX_MAX + 1 }]),
      /^balancer\.backends\[0\]\.queueMax: .*from 0 to 200/,
    ],
    [
      'meanServiceMs',
      (s) => (bal(s)['backends'] = [{ id: 'b1', meanServiceMs: B.SERVICE_MS_MAX + 1 }]),
      /^balancer\.backends\[0\]\.meanServiceMs: .*from 0.001 to 60000/,
    ],
    [
      'weight',
      (s) => (bal(s)['backends'] = [{ id: 'b1', meanServiceMs: 20, weight: B.WEIGHT_MAX + 1 }]),
      /^balancer\.backends\[0\]\.weight: .*from 1 to 1000/,
    ],
    [
      'zipfS',
      (s) => (traffic(s)['keys'] = { zipfS: B.ZIPF_S_MAX + 1 }),
      /^balancer\.traffic\.keys\.zipfS: .*from 0 to 10/,
    ],
    [
      'the burst cycle',
      (s) => (traffic(s)['burst'] = { onMs: B.AT_MS_MAX + 1, offMs: 1, factor: 2 }),
      /^balancer\.traffic\.burst\.onMs: .*from 1 to 86400000/,
    ],
    [
      'a slow-backend factor',
      (s) =>
        (bal(s)['actions'] = [
          { atMs: 1, do: 'slow-backend', backend: 'b1', factor: B.FACTOR_MAX * 2 },
        ]),
      /^balancer\.actions\[0\]\.factor: .*from 0.001 to 1000/,
    ],
    [
      'the number of balancer actions',
      (s) =>
        (bal(s)['actions'] = Array.from({ length: B.BALANCER_ACTIONS_MAX + 1 }, () => ({
          atMs: 1,
          do: 'kill-backend',
          backend: 'b1',
        }))),
      /^balancer\.actions: 1001 balancer actions, more than the 1000 allowed$/,
    ],
  ])('%s', (_name, mutate, error) => {
    expect(errorOf(mutate)).toMatch(error);
  });

  it('accepts every field at its bound', () => {
    const s = base();
    s['untilMs'] = B.UNTIL_MS_MAX;
    s['title'] = 'x'.repeat(B.TITLE_CHARS_MAX);
    Object.assign(ens(s), {
      servers: 5,
      tickTimeMs: B.TICK_TIME_MS_MAX,
      initLimit: B.LIMIT_TICKS_MAX,
      syncLimit: B.LIMIT_TICKS_MAX,
      commitLogCount: B.COMMIT_LOG_COUNT_MAX,
      initial: [
        { sid: 1, acceptedEpoch: B.EPOCH_MAX, currentEpoch: B.EPOCH_MAX, lastZxid: '0x0' },
        { sid: 2, acceptedEpoch: B.EPOCH_MAX, currentEpoch: B.EPOCH_MAX, lastZxid: '0x0' },
        // Two of five at the largest epoch leave a quorum that can form it.
        {
          sid: 3,
          acceptedEpoch: B.EPOCH_MAX - 1,
          currentEpoch: B.EPOCH_MAX - 1,
          lastZxid: `0x${(B.EPOCH_MAX - 1).toString(16)}${B.INITIAL_TXNS_MAX.toString(16).padStart(8, '0')}`,
        },
      ],
    });
    s['network'] = { delayMsMax: B.DELAY_MS_MAX, fsyncMsMax: B.DELAY_MS_MAX };
    Object.assign(bal(s), {
      vnodes: B.VNODES_MAX,
      backends: Array.from({ length: B.BACKENDS_MAX }, (_, i) => ({
        id: `b${i}`.padEnd(B.ID_CHARS_MAX, 'x'),
        meanServiceMs: B.SERVICE_MS_MAX,
        slots: B.SLOTS_MAX,
        queueMax: B.QUEUE_MAX_MAX,
        weight: B.WEIGHT_MAX,
      })),
      traffic: {
        ratePerSec: B.RATE_PER_SEC_MAX,
        burst: { onMs: 1, offMs: 1, factor: B.FACTOR_MAX },
        keys: { count: B.KEYS_COUNT_MAX, zipfS: B.ZIPF_S_MAX },
      },
    });
    s['actions'] = [
      {
        atMs: B.AT_MS_MAX,
        do: 'write',
        via: 1,
        path: '/' + 'p'.repeat(B.PATH_CHARS_MAX - 1),
        data: 'd'.repeat(B.DATA_CHARS_MAX),
      },
    ];
    expect(validateScenario(s)).toMatchObject({ ok: true });
  });
});

describe('the whole scenario', () => {
  it('is refused past 16 MiB of JSON, before any field is read', () => {
    const s = base();
    s['//'] = 'x'.repeat(B.SCENARIO_CHARS_MAX);
    expect(validateScenario(s)).toEqual({
      ok: false,
      error: `scenario: larger than ${B.SCENARIO_CHARS_MAX} characters of JSON (the largest scenario accepted)`,
      field: { path: 'scenario', why: { code: 'tooLarge', params: { max: B.SCENARIO_CHARS_MAX } } },
    });
  });

  it('takes a comment nested a million levels deep without a stack overflow', () => {
    const depth = 1_000_000;
    const text = `{"//": ${'['.repeat(depth)}${']'.repeat(depth)}, ${JSON.stringify(base()).slice(1)}`;
    expect(parseScenario(text)).toMatchObject({ ok: true });
  });
});
