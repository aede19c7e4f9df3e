// Proves that every kind of action is checked field by field (unknown do, unknown fields, sids,
// "leader", partition groups, ZooKeeper paths, delays, client references) and refused with the
// exact field path; each case puts one bad action into a valid scenario and compares the message.
import { describe, expect, it } from 'vitest';
import { validateScenario } from './validate';
import { zkPathProblem } from './zkPath';

type Json = Record<string, unknown>;

function scenario(actions: Json[]): Json {
  return {
    version: 1,
    seed: 1,
    untilMs: 10000,
    ensemble: { servers: 5 },
    clients: [{ id: 'c1', connect: [1, 2], sessionTimeoutMs: 6000 }],
    actions,
  };
}

/** The error when `bad` is the fourth action (index 3), after three valid ones. */
function errorOf(bad: Json, s: Json = scenario([])): string {
  const ok = { atMs: 1000, do: 'heal' };
  s['actions'] = [ok, ok, ok, bad];
  const result = validateScenario(s);
  if (result.ok) throw new Error('expected the scenario to be refused');
  return result.error;
}

describe('actions: kinds and fields', () => {
  it.each<[string, Json, string]>([
    ['not an object', [] as unknown as Json, 'actions[3]: expected an object, got an array'],
    [
      'a missing do',
      { atMs: 5 },
      'actions[3].do: missing (the action: crash, restart, freeze, unfreeze, partition, heal, write, drop-message, delay-message, delay, delay-link, create, delete, set, get, exists, children, sync, close-session, client-crash, client-restart, client-partition, client-heal, client-freeze, client-unfreeze, client-add, lock-acquire, lock-release)',
    ],
    [
      'an unknown do',
      { atMs: 5, do: 'crsh', sid: 1 },
      'actions[3].do: unknown action "crsh" (known: crash, restart, freeze, unfreeze, partition, heal, write, drop-message, delay-message, delay, delay-link, create, delete, set, get, exists, children, sync, close-session, client-crash, client-restart, client-partition, client-heal, client-freeze, client-unfreeze, client-add, lock-acquire, lock-release)',
    ],
    [
      'a balancer action',
      { atMs: 5, do: 'kill-backend', backend: 'b1' },
      'actions[3].do: "kill-backend" is a balancer action; put it in balancer.actions',
    ],
    [
      'an unknown field',
      { atMs: 5, do: 'crash', sidd: 1 },
      'actions[3].sidd: unknown field for "crash" (allowed: atMs, do, sid)',
    ],
    [
      'a field of another action',
      { atMs: 5, do: 'heal', groups: [] },
      'actions[3].groups: unknown field for "heal" (allowed: atMs, do)',
    ],
    ['a missing atMs', { do: 'heal' }, 'actions[3].atMs: missing (an integer from 0 to 86400000)'],
    [
      'a negative atMs',
      { atMs: -1, do: 'heal' },
      'actions[3].atMs: expected an integer from 0 to 86400000, got -1',
    ],
    [
      'a fractional atMs',
      { atMs: 1.5, do: 'heal' },
      'actions[3].atMs: expected an integer from 0 to 86400000, got 1.5',
    ],
  ])('refuses %s', (_name, bad, message) => {
    expect(errorOf(bad)).toBe(message);
  });
});

describe('actions: servers', () => {
  it.each<[string, Json, string]>([
    [
      'a sid that does not exist',
      { atMs: 5, do: 'crash', sid: 7 },
      'actions[3].sid: server 7 does not exist (servers: 1..5)',
    ],
    [
      'sid 0',
      { atMs: 5, do: 'freeze', sid: 0 },
      'actions[3].sid: server 0 does not exist (servers: 1..5)',
    ],
    [
      'a missing sid',
      { atMs: 5, do: 'restart' },
      'actions[3].sid: missing (a server id or "leader")',
    ],
    [
      'a sid that is another word',
      { atMs: 5, do: 'crash', sid: 'follower' },
      'actions[3].sid: expected a server id (an integer) or "leader", got "follower"',
    ],
    [
      'write via "leader"',
      { atMs: 5, do: 'write', via: 'leader', path: '/a', data: 'x' },
      'actions[3].via: expected a server id (an integer), got "leader"',
    ],
    [
      'write via a missing server',
      { atMs: 5, do: 'write', via: 6, path: '/a', data: 'x' },
      'actions[3].via: server 6 does not exist (servers: 1..5)',
    ],
    [
      'write without via',
      { atMs: 5, do: 'write', path: '/a', data: 'x' },
      'actions[3].via: missing (a server id)',
    ],
    [
      'write without path',
      { atMs: 5, do: 'write', via: 1, data: 'x' },
      'actions[3].path: missing (a ZooKeeper path such as "/a/b")',
    ],
    [
      'write without data',
      { atMs: 5, do: 'write', via: 1, path: '/a' },
      'actions[3].data: missing (a string)',
    ],
    [
      'write with numeric data',
      { atMs: 5, do: 'write', via: 1, path: '/a', data: 7 },
      'actions[3].data: expected a string, got 7',
    ],
    [
      'delay with min above max',
      { atMs: 5, do: 'delay', delayMsMin: 9, delayMsMax: 3 },
      'actions[3].delayMsMin: 9 is greater than delayMsMax 3',
    ],
    [
      'delay with a negative max',
      { atMs: 5, do: 'delay', delayMsMin: 0, delayMsMax: -3 },
      'actions[3].delayMsMax: expected an integer from 0 to 60000, got -3',
    ],
    [
      'delay without max',
      { atMs: 5, do: 'delay', delayMsMin: 1 },
      'actions[3].delayMsMax: missing (an integer from 0 to 60000)',
    ],
    [
      'delay-link to itself',
      { atMs: 5, do: 'delay-link', from: 2, to: 2, extraMs: 5 },
      'actions[3].to: a link joins two different servers (from is also 2)',
    ],
    [
      'delay-link from a missing server',
      { atMs: 5, do: 'delay-link', from: 8, to: 2, extraMs: 5 },
      'actions[3].from: server 8 does not exist (servers: 1..5)',
    ],
    [
      'delay-link with negative extra',
      { atMs: 5, do: 'delay-link', from: 1, to: 2, extraMs: -5 },
      'actions[3].extraMs: expected an integer from 0 to 60000, got -5',
    ],
  ])('refuses %s', (_name, bad, message) => {
    expect(errorOf(bad)).toBe(message);
  });

  it.each(['crash', 'restart', 'freeze', 'unfreeze'])('accepts "leader" for %s', (kind) => {
    expect(validateScenario(scenario([{ atMs: 5, do: kind, sid: 'leader' }])).ok).toBe(true);
  });
});

describe('actions: partition', () => {
  const partition = (groups: unknown): Json => ({ atMs: 5, do: 'partition', groups });

  it.each<[string, unknown, string]>([
    [
      'one group',
      [[1, 2, 3, 4, 5]],
      'actions[3].groups: needs at least 2 groups, got 1 (to reconnect everyone, use "heal")',
    ],
    ['not a list', 'all', 'actions[3].groups: expected a list of groups of server ids, got "all"'],
    [
      'an empty group',
      [[1, 2, 3, 4, 5], []],
      'actions[3].groups[1]: empty group (every group needs at least one server)',
    ],
    [
      'a group that is not a list',
      [[1, 2], 3],
      'actions[3].groups[1]: expected a list of server ids, got 3',
    ],
    [
      'a sid in two groups',
      [
        [1, 2, 3],
        [3, 4, 5],
      ],
      'actions[3].groups[1][0]: server 3 is already in actions[3].groups[0]',
    ],
    [
      'a sid twice in one group',
      [
        [1, 1, 2],
        [3, 4, 5],
      ],
      'actions[3].groups[0][1]: server 1 is already in this group',
    ],
    [
      'a missing sid',
      [
        [1, 2],
        [3, 4],
      ],
      'actions[3].groups: server 5 is in no group (every server must be in exactly one group; servers: 1..5)',
    ],
    [
      'a sid that does not exist',
      [
        [1, 2],
        [3, 4, 5, 6],
      ],
      'actions[3].groups[1][3]: server 6 does not exist (servers: 1..5)',
    ],
    [
      '"leader" in a group',
      [
        [1, 2],
        ['leader', 4, 5],
      ],
      'actions[3].groups[1][0]: expected a server id (an integer), got "leader"',
    ],
  ])('refuses %s', (_name, groups, message) => {
    expect(errorOf(partition(groups))).toBe(message);
  });

  it('requires observers to be placed too', () => {
    const s = scenario([]);
    s['ensemble'] = { servers: 3, observers: 1 };
    expect(errorOf(partition([[1, 2], [3]]), s)).toBe(
      'actions[3].groups: server 4 is in no group (every server must be in exactly one group; servers: 1..3, observers: 4)',
    );
  });
});

describe('actions: ZooKeeper paths', () => {
  const write = (path: unknown): Json => ({ atMs: 5, do: 'write', via: 1, path, data: '' });

  it.each<[unknown, string]>([
    ['a', 'actions[3].path: "a" is not a valid ZooKeeper path (must start with \'/\')'],
    ['', 'actions[3].path: "" is not a valid ZooKeeper path (must not be empty)'],
    ['/a/', 'actions[3].path: "/a/" is not a valid ZooKeeper path (must not end with \'/\')'],
    [
      '/a//b',
      'actions[3].path: "/a//b" is not a valid ZooKeeper path (empty node name at 3 (\'//\'))',
    ],
    [
      '/a/./b',
      'actions[3].path: "/a/./b" is not a valid ZooKeeper path (relative path segment \'.\' at 3)',
    ],
    [
      '/a/..',
      'actions[3].path: "/a/.." is not a valid ZooKeeper path (relative path segment \'..\' at 3)',
    ],
    [
      '/a\u0001',
      'actions[3].path: "/a\\u0001" is not a valid ZooKeeper path (invalid character U+0001 at 2)',
    ],
    [5, 'actions[3].path: expected a ZooKeeper path, got 5'],
  ])('refuses %j', (path, message) => {
    expect(errorOf(write(path))).toBe(message);
  });

  it('follows PathUtils.validatePath on edge cases', () => {
    expect(zkPathProblem('/')).toBeNull();
    expect(zkPathProblem('/a.b/..c/...')).toBeNull();
    expect(zkPathProblem('/a\u0000')).toBe('null character at 2');
    expect(zkPathProblem('/\ud83d\ude00')).toBe('invalid character U+D83D at 1');
    expect(zkPathProblem('/locks/', true)).toBeNull();
    expect(zkPathProblem('/locks/')).toBe("must not end with '/'");
  });
});

describe('actions: clients', () => {
  it.each<[string, Json, string]>([
    [
      'an unknown client',
      { atMs: 5, do: 'get', client: 'c9', path: '/a' },
      'actions[3].client: client "c9" does not exist (clients: c1)',
    ],
    [
      'a missing client',
      { atMs: 5, do: 'sync', path: '/a' },
      'actions[3].client: missing (a client id)',
    ],
    [
      'a bad create mode',
      { atMs: 5, do: 'create', client: 'c1', path: '/a', mode: 'container' },
      'actions[3].mode: unknown create mode "container" (known: persistent, ephemeral, sequential, ephemeral-sequential)',
    ],
    [
      'a trailing slash on a plain create',
      { atMs: 5, do: 'create', client: 'c1', path: '/locks/' },
      'actions[3].path: "/locks/" is not a valid ZooKeeper path (must not end with \'/\')',
    ],
    [
      'a version below -1',
      { atMs: 5, do: 'delete', client: 'c1', path: '/a', version: -2 },
      'actions[3].version: expected an integer from -1 to 2147483647, got -2',
    ],
    [
      'set without data',
      { atMs: 5, do: 'set', client: 'c1', path: '/a' },
      'actions[3].data: missing (a string)',
    ],
    [
      'a non-boolean watch',
      { atMs: 5, do: 'exists', client: 'c1', path: '/a', watch: 'yes' },
      'actions[3].watch: expected true or false, got "yes"',
    ],
    [
      'watch on sync',
      { atMs: 5, do: 'sync', client: 'c1', path: '/a', watch: true },
      'actions[3].watch: unknown field for "sync" (allowed: atMs, do, client, path)',
    ],
    [
      'client-partition from a word',
      { atMs: 5, do: 'client-partition', client: 'c1', from: 'everyone' },
      'actions[3].from: expected a list of server ids or "all", got "everyone"',
    ],
    [
      'client-partition from a missing server',
      { atMs: 5, do: 'client-partition', client: 'c1', from: [1, 9] },
      'actions[3].from[1]: server 9 does not exist (servers: 1..5)',
    ],
    [
      'client-partition from an empty list',
      { atMs: 5, do: 'client-partition', client: 'c1', from: [] },
      'actions[3].from: must name at least one server',
    ],
    [
      'client-crash with a sid',
      { atMs: 5, do: 'client-crash', client: 'c1', sid: 1 },
      'actions[3].sid: unknown field for "client-crash" (allowed: atMs, do, client)',
    ],
  ])('refuses %s', (_name, bad, message) => {
    expect(errorOf(bad)).toBe(message);
  });

  it('says when no clients are defined at all', () => {
    const s = scenario([]);
    delete s['clients'];
    expect(errorOf({ atMs: 5, do: 'close-session', client: 'c1' }, s)).toBe(
      'actions[3].client: client "c1" does not exist (no clients are defined in "clients")',
    );
  });

  it('allows a trailing slash for a sequential create, as ZooKeeper does', () => {
    const r = validateScenario(
      scenario([
        { atMs: 5, do: 'create', client: 'c1', path: '/locks/', mode: 'ephemeral-sequential' },
      ]),
    );
    expect(r.ok).toBe(true);
  });
});
