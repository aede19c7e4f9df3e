// Proves that malformed JSON, the top-level fields, the ensemble (sids, timing, start, initial
// state) and the network are refused on the first problem with a one-line message naming the exact
// field path; each case mutates one field of a valid scenario and compares the whole message.
import { describe, expect, it } from 'vitest';
import { parseScenario, validateScenario } from './validate';
import { listItemOf } from './fields';
import { fieldProblemText } from './why';

type Json = Record<string, unknown>;

function base(): Json {
  return {
    version: 1,
    seed: 42,
    untilMs: 60000,
    ensemble: { servers: 5 },
    actions: [{ atMs: 3000, do: 'write', via: 2, path: '/a', data: 'x' }],
  };
}

/** The error for a mutated copy of the base scenario; fails the test if it validates. */
function errorOf(mutate: (s: Json) => void): string {
  const s = base();
  mutate(s);
  const result = validateScenario(s);
  if (result.ok) throw new Error('expected the scenario to be refused');
  return result.error;
}

function ensemble(s: Json): Json {
  return s['ensemble'] as Json;
}

describe('parseScenario: malformed JSON', () => {
  it('says so, with the position as a line and column', () => {
    const r = parseScenario('{"version": 1,\n  "seed": 1,\n}');
    expect(r).toEqual({
      ok: false,
      error:
        'malformed JSON: Expected double-quoted property name in JSON at position 28 (line 3, column 1)',
      field: {
        path: '',
        why: {
          code: 'jsonSyntax',
          params: {
            detail: 'Expected double-quoted property name in JSON at position 28',
            line: 3,
            column: 1,
          },
        },
      },
    });
  });

  it('keeps the message on one line when V8 quotes the input', () => {
    const r = parseScenario('{\n"version": x\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe("malformed JSON: Unexpected token 'x'");
  });

  it('names an empty input', () => {
    expect(parseScenario('  \n')).toEqual({
      ok: false,
      error: 'malformed JSON: the input is empty',
      field: { path: '', why: { code: 'jsonEmpty', params: {} } },
    });
  });

  it('accepts valid JSON and validates it', () => {
    expect(parseScenario(JSON.stringify(base())).ok).toBe(true);
  });
});

describe('validateScenario: top level', () => {
  it.each([
    ['not an object', [1, 2], 'expected an object, got an array', { shape: 'array' }],
    ['null', null, 'expected an object, got null', { literal: 'null' }],
  ])(
    'refuses a root that is %s, naming the field as a message and as a path',
    (_name, value, text, got) => {
      expect(validateScenario(value)).toEqual({
        ok: false,
        error: `scenario: ${text}`,
        field: {
          path: 'scenario',
          why: { code: 'expected', params: { expect: { code: 'object' }, got } },
        },
      });
    },
  );

  it('gives the path of a problem inside an action, which listItemOf re-bases', () => {
    const s = {
      ...base(),
      actions: [
        { atMs: 1, do: 'heal' },
        { atMs: 2, do: 'crash', sid: 9 },
      ],
    };
    const r = validateScenario(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.field?.path).toBe('actions[1].sid');
    expect(r.field?.why).toEqual({
      code: 'noSuchServer',
      params: { sid: 9, sids: { voters: 5, observers: 0 } },
    });
    expect(r.error).toBe(fieldProblemText(r.field!));
    expect(r.error).toBe('actions[1].sid: server 9 does not exist (servers: 1..5)');
    expect(listItemOf(r.field!.path, 'actions')).toEqual({ index: 1, rest: '.sid' });
    expect(listItemOf('actions[12]', 'actions')).toEqual({ index: 12, rest: '' });
    expect(listItemOf('balancer.actions[0].backend', 'actions')).toBeNull();
    expect(listItemOf('actions[x]', 'actions')).toBeNull();
    expect(listItemOf('actions[]', 'actions')).toBeNull();
  });

  it.each<[string, (s: Json) => void, string]>([
    ['version missing', (s) => delete s['version'], 'version: missing (must be 1)'],
    [
      'version 2',
      (s) => (s['version'] = 2),
      'version: unsupported version 2 (this runner reads version 1)',
    ],
    ['version "1"', (s) => (s['version'] = '1'), 'version: expected the number 1, got "1"'],
    [
      'unknown top-level field',
      (s) => (s['seeds'] = 3),
      'seeds: unknown field (allowed: version, seed, untilMs, title, description, ensemble, network, clients, balancer, actions, cost)',
    ],
    ['seed missing', (s) => delete s['seed'], 'seed: missing (an integer >= 0)'],
    ['negative seed', (s) => (s['seed'] = -1), 'seed: expected an integer >= 0, got -1'],
    ['fractional seed', (s) => (s['seed'] = 1.5), 'seed: expected an integer >= 0, got 1.5'],
    ['string seed', (s) => (s['seed'] = '42'), 'seed: expected an integer >= 0, got "42"'],
    ['unsafe seed', (s) => (s['seed'] = 2 ** 60), `seed: expected an integer >= 0, got ${2 ** 60}`],
    [
      'negative untilMs',
      (s) => (s['untilMs'] = -5),
      'untilMs: expected an integer from 0 to 86400000, got -5',
    ],
    [
      'fractional untilMs',
      (s) => (s['untilMs'] = 10.25),
      'untilMs: expected an integer from 0 to 86400000, got 10.25',
    ],
    ['non-string title', (s) => (s['title'] = 3), 'title: expected a string, got 3'],
    [
      'ensemble missing',
      (s) => delete s['ensemble'],
      'ensemble: missing (an object with "servers")',
    ],
    ['ensemble not an object', (s) => (s['ensemble'] = 5), 'ensemble: expected an object, got 5'],
    ['actions not a list', (s) => (s['actions'] = {}), 'actions: expected a list, got an object'],
    ['clients not a list', (s) => (s['clients'] = 'c1'), 'clients: expected a list, got "c1"'],
  ])('refuses %s', (_name, mutate, message) => {
    expect(errorOf(mutate)).toBe(message);
  });

  it('allows "//" comment keys and drops them', () => {
    const s = { ...base(), '//': 'a comment', ensemble: { servers: 3, '//': 'another' } };
    const r = validateScenario(s);
    expect(r.ok).toBe(true);
    if (r.ok) expect(JSON.stringify(r.scenario)).not.toContain('comment');
  });

  it('does not find fields on Object.prototype', () => {
    const s = JSON.parse(
      '{"version":1,"seed":1,"untilMs":1,"ensemble":{"servers":1,"constructor":1}}',
    );
    const allowed = (
      'servers, observers, tickTimeMs, initLimit, syncLimit, start, initial, commitLogCount, ' +
      'snapshotSizeFactor, snapCount, snapRetainCount'
    ).split(', ');
    expect(validateScenario(s)).toEqual({
      ok: false,
      error: `ensemble.constructor: unknown field (allowed: ${allowed.join(', ')})`,
      field: {
        path: 'ensemble.constructor',
        why: { code: 'unknownField', params: { scope: null, allowed } },
      },
    });
  });
});

describe('validateScenario: ensemble', () => {
  it.each<[string, (s: Json) => void, string]>([
    [
      'servers missing',
      (s) => delete ensemble(s)['servers'],
      'ensemble.servers: missing (an integer from 1 to 9)',
    ],
    [
      'servers 0',
      (s) => (ensemble(s)['servers'] = 0),
      'ensemble.servers: expected an integer from 1 to 9, got 0',
    ],
    [
      'servers 10',
      (s) => (ensemble(s)['servers'] = 10),
      'ensemble.servers: expected an integer from 1 to 9, got 10',
    ],
    [
      'negative observers',
      (s) => (ensemble(s)['observers'] = -1),
      'ensemble.observers: expected an integer >= 0, got -1',
    ],
    [
      'too many observers',
      (s) => (ensemble(s)['observers'] = 5),
      'ensemble.observers: 5 servers plus 5 observers exceed 9 sids (at most 4 observers here)',
    ],
    [
      'tickTimeMs 0',
      (s) => (ensemble(s)['tickTimeMs'] = 0),
      'ensemble.tickTimeMs: expected an integer from 10 to 60000, got 0',
    ],
    [
      'initLimit fractional',
      (s) => (ensemble(s)['initLimit'] = 2.5),
      'ensemble.initLimit: expected an integer from 1 to 1000, got 2.5',
    ],
    [
      'syncLimit negative',
      (s) => (ensemble(s)['syncLimit'] = -5),
      'ensemble.syncLimit: expected an integer from 1 to 1000, got -5',
    ],
    [
      'commitLogCount negative',
      (s) => (ensemble(s)['commitLogCount'] = -1),
      'ensemble.commitLogCount: expected an integer from 0 to 2147483647, got -1',
    ],
    [
      'snapshotSizeFactor below -1',
      (s) => (ensemble(s)['snapshotSizeFactor'] = -2),
      'ensemble.snapshotSizeFactor: expected a number from -1 to 1000, got -2',
    ],
    [
      'snapCount below ZooKeeper floor of 2',
      (s) => (ensemble(s)['snapCount'] = 1),
      'ensemble.snapCount: expected an integer from 2 to 2147483647, got 1',
    ],
    [
      'snapRetainCount below PurgeTxnLog minimum of 3',
      (s) => (ensemble(s)['snapRetainCount'] = 2),
      'ensemble.snapRetainCount: expected an integer from 3 to 1000, got 2',
    ],
    [
      'snapshotSizeFactor as text',
      (s) => (ensemble(s)['snapshotSizeFactor'] = '0.33'),
      'ensemble.snapshotSizeFactor: expected a number from -1 to 1000, got "0.33"',
    ],
    [
      'a typo',
      (s) => (ensemble(s)['tickTime'] = 2000),
      'ensemble.tickTime: unknown field (allowed: servers, observers, tickTimeMs, initLimit, syncLimit, start, initial, commitLogCount, snapshotSizeFactor, snapCount, snapRetainCount)',
    ],
    [
      'start sid 6',
      (s) => (ensemble(s)['start'] = [{ sid: 6, atMs: 5 }]),
      'ensemble.start[0].sid: server 6 does not exist (servers: 1..5)',
    ],
    [
      'start twice',
      (s) =>
        (ensemble(s)['start'] = [
          { sid: 4, atMs: 5 },
          { sid: 4, atMs: 9 },
        ]),
      'ensemble.start[1].sid: server 4 already has a start time',
    ],
    [
      'start negative atMs',
      (s) => (ensemble(s)['start'] = [{ sid: 4, atMs: -5 }]),
      'ensemble.start[0].atMs: expected an integer from 0 to 86400000, got -5',
    ],
    [
      'start unknown field',
      (s) => (ensemble(s)['start'] = [{ sid: 4, at: 5 }]),
      'ensemble.start[0].at: unknown field (allowed: sid, atMs)',
    ],
  ])('refuses %s', (_name, mutate, message) => {
    expect(errorOf(mutate)).toBe(message);
  });

  it('names observers in the list of existing sids', () => {
    expect(
      errorOf((s) => {
        s['ensemble'] = { servers: 3, observers: 2, start: [{ sid: 6, atMs: 0 }] };
      }),
    ).toBe('ensemble.start[0].sid: server 6 does not exist (servers: 1..3, observers: 4..5)');
  });

  it('accepts 9 sids in all', () => {
    expect(validateScenario({ ...base(), ensemble: { servers: 5, observers: 4 } }).ok).toBe(true);
  });
});

describe('validateScenario: initial state', () => {
  const withInitial = (entry: Json) => (s: Json) => {
    ensemble(s)['initial'] = [entry];
  };
  const good = { sid: 1, acceptedEpoch: 2, currentEpoch: 2, lastZxid: '0x100000003' };

  it.each<[string, Json, string]>([
    [
      'a sid that does not exist',
      { ...good, sid: 9 },
      'ensemble.initial[0].sid: server 9 does not exist (servers: 1..5)',
    ],
    [
      'a missing lastZxid',
      { sid: 1, acceptedEpoch: 1, currentEpoch: 1 },
      'ensemble.initial[0].lastZxid: missing (a string)',
    ],
    [
      'a negative epoch',
      { ...good, acceptedEpoch: -1 },
      'ensemble.initial[0].acceptedEpoch: expected an integer from 0 to 4294967295, got -1',
    ],
    [
      'currentEpoch > acceptedEpoch',
      { ...good, acceptedEpoch: 1 },
      'ensemble.initial[0].currentEpoch: 2 is newer than acceptedEpoch 1 (ZooKeeper refuses to start when the accepted epoch is less than the current epoch)',
    ],
    [
      'a malformed zxid',
      { ...good, lastZxid: '100000003' },
      'ensemble.initial[0].lastZxid: "100000003" is not a zxid (expected hex such as "0x100000005", or "0x0")',
    ],
    [
      'a zxid newer than currentEpoch',
      { ...good, lastZxid: '0x300000001' },
      'ensemble.initial[0].lastZxid: epoch 3 of 0x300000001 is newer than currentEpoch 2 (ZooKeeper refuses to start: "the current epoch is older than the last zxid")',
    ],
    [
      'an epoch-0 zxid with a counter',
      { ...good, lastZxid: '0x5' },
      'ensemble.initial[0].lastZxid: 0x5 has epoch 0 (no leader ever proposed in epoch 0; the empty log is "0x0")',
    ],
    [
      'an unknown field',
      { ...good, logicalclock: 3 },
      'ensemble.initial[0].logicalclock: unknown field (allowed: sid, acceptedEpoch, currentEpoch, lastZxid)',
    ],
  ])('refuses %s', (_name, entry, message) => {
    expect(errorOf(withInitial(entry))).toBe(message);
  });

  it('refuses two entries for one sid', () => {
    expect(errorOf((s) => (ensemble(s)['initial'] = [good, good]))).toBe(
      'ensemble.initial[1].sid: server 1 already has an initial state',
    );
  });

  it('accepts an older zxid epoch than currentEpoch (a new epoch with no write yet)', () => {
    expect(validateScenario({ ...base(), ensemble: { servers: 3, initial: [good] } }).ok).toBe(
      true,
    );
  });
});

describe('validateScenario: network', () => {
  it.each<[string, Json, string]>([
    [
      'a negative delay',
      { delayMsMin: -1 },
      'network.delayMsMin: expected an integer from 0 to 60000, got -1',
    ],
    [
      'a fractional delay',
      { delayMsMax: 2.5 },
      'network.delayMsMax: expected an integer from 0 to 60000, got 2.5',
    ],
    [
      'min above max',
      { delayMsMin: 9, delayMsMax: 3 },
      'network.delayMsMin: 9 is greater than delayMsMax 3',
    ],
    [
      'min above the default max',
      { delayMsMin: 9 },
      'network.delayMsMin: 9 is greater than delayMsMax 5 (the default)',
    ],
    [
      'max below the default min',
      { delayMsMax: 0 },
      'network.delayMsMax: 0 is less than delayMsMin 1 (the default)',
    ],
    [
      'fsync min above max',
      { fsyncMsMin: 3, fsyncMsMax: 1 },
      'network.fsyncMsMin: 3 is greater than fsyncMsMax 1',
    ],
    [
      'an unknown field',
      { latencyMs: 3 },
      'network.latencyMs: unknown field (allowed: delayMsMin, delayMsMax, fsyncMsMin, fsyncMsMax)',
    ],
  ])('refuses %s', (_name, network, message) => {
    expect(errorOf((s) => (s['network'] = network))).toBe(message);
  });

  it('refuses a network that is not an object', () => {
    expect(errorOf((s) => (s['network'] = null))).toBe('network: expected an object, got null');
  });
});
