/**
 * Presets for ZAB.md section 8 scenarios 14-18: sessions, ephemerals, sequence numbers, watches
 * and "no time travel", with simulated clients. The app lists them in its Scenario menu (the
 * ensemble view draws clients, src/ui/viz/clients); the CLI runs them with --preset ID.
 */
import type { Preset } from './preset';

const client = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  connect: [1, 2, 3],
  sessionTimeoutMs: 6000,
  startAtMs: 1000,
  ...extra,
});

export const SESSION_PRESETS: readonly Preset[] = [
  {
    id: 'session-expiry-discovery',
    title: 'Session expiry drives service discovery',
    reference: 'ZAB.md §8 scenario 14',
    description:
      'Client a registers the ephemeral /svc/api/a; client b lists /svc/api with a watch. At 10 s a is cut off ' +
      'from every server. It goes Disconnected 2T/3 = 4 s after it last heard from its server; the leader, which ' +
      'alone expires sessions, expires it at the first tickTime boundary more than T = 6 s after its last ping ' +
      'reached a server; the closeSession transaction deletes /svc/api/a on every server; b gets exactly one ' +
      'NodeChildrenChanged and re-lists []. a itself declares Expired 4T/3 = 8 s after it last heard (ZooKeeper 3.9.3).',
    scenario: {
      version: 1,
      seed: 14,
      untilMs: 30000,
      ensemble: { servers: 3 },
      clients: [
        client('a', { recipe: { kind: 'register', path: '/svc/api/a', data: '10.0.0.1:80' } }),
        client('b', { recipe: { kind: 'discover', path: '/svc/api' } }),
      ],
      actions: [{ atMs: 10000, do: 'client-partition', client: 'a', from: 'all' }],
    },
  },
  {
    id: 'session-failover',
    title: 'A session survives a leader failover',
    reference: 'ZAB.md §8 scenario 15',
    description:
      'A client with a 30 s session is connected to follower 1 and has registered an ephemeral. At 5 s the ' +
      'leader crashes: server 1 goes LOOKING and closes its client connections, so the client is Disconnected. ' +
      'It reconnects to server 1 once the new leader is active; server 1 revalidates the session with the new ' +
      'leader (REVALIDATE), which started every session with a fresh full timeout when it activated. Same session ' +
      'id, the ephemeral intact: a leader change does not expire anyone.',
    scenario: {
      version: 1,
      seed: 15,
      untilMs: 40000,
      ensemble: { servers: 3 },
      clients: [
        {
          id: 'c',
          connect: [1],
          sessionTimeoutMs: 30000,
          startAtMs: 1000,
          recipe: { kind: 'register', path: '/svc/x', data: 'x' },
        },
      ],
      actions: [{ atMs: 5000, do: 'crash', sid: 'leader' }],
    },
  },
  {
    id: 'sequence-numbers',
    title: 'Sequential znodes: suffixes from the parent counter',
    reference: 'ZAB.md §8 scenario 16',
    description:
      'Three EPHEMERAL_SEQUENTIAL creates of /election/n_ get 0000000000, 0000000001 and 0000000002. Deleting ' +
      'n_0000000001 frees nothing: the next one is 0000000003. A plain child x uses up 4, so the next sequential ' +
      "child is 0000000005. The suffix is the parent's child-creation counter, not the number of children, and " +
      'the client-visible cversion ends at 7 (creates plus deletes).',
    scenario: {
      version: 1,
      seed: 16,
      untilMs: 5000,
      ensemble: { servers: 3 },
      clients: [client('c')],
      actions: [
        { atMs: 2000, do: 'create', client: 'c', path: '/election', data: '', mode: 'persistent' },
        ...[2010, 2020, 2030].map((atMs) => ({
          atMs,
          do: 'create' as const,
          client: 'c',
          path: '/election/n_',
          data: '',
          mode: 'ephemeral-sequential' as const,
        })),
        { atMs: 2040, do: 'delete', client: 'c', path: '/election/n_0000000001' },
        {
          atMs: 2050,
          do: 'create',
          client: 'c',
          path: '/election/n_',
          data: '',
          mode: 'ephemeral-sequential',
        },
        {
          atMs: 2060,
          do: 'create',
          client: 'c',
          path: '/election/x',
          data: '',
          mode: 'persistent',
        },
        {
          atMs: 2070,
          do: 'create',
          client: 'c',
          path: '/election/n_',
          data: '',
          mode: 'ephemeral-sequential',
        },
      ],
    },
  },
  {
    id: 'watch-semantics',
    title: 'Watches are one-shot',
    reference: 'ZAB.md §8 scenario 17',
    description:
      'getData(/cfg) with a watch, then two setData calls: exactly one NodeDataChanged, because a standard watch ' +
      'fires once and is gone. exists(/nope) with a watch leaves a watch on a missing node, so creating it fires ' +
      'NodeCreated. getData(/nope2) fails with NoNode and leaves no watch. Deleting a node that has a getChildren ' +
      'watch sends that watcher NodeDeleted, not NodeChildrenChanged.',
    scenario: {
      version: 1,
      seed: 17,
      untilMs: 6000,
      ensemble: { servers: 3 },
      clients: [client('c')],
      actions: [
        { atMs: 2000, do: 'create', client: 'c', path: '/cfg', data: 'v1', mode: 'persistent' },
        { atMs: 2100, do: 'get', client: 'c', path: '/cfg', watch: true },
        { atMs: 2200, do: 'set', client: 'c', path: '/cfg', data: 'v2' },
        { atMs: 2300, do: 'set', client: 'c', path: '/cfg', data: 'v3' },
        { atMs: 2400, do: 'exists', client: 'c', path: '/nope', watch: true },
        { atMs: 2500, do: 'create', client: 'c', path: '/nope', data: '', mode: 'persistent' },
        { atMs: 2600, do: 'get', client: 'c', path: '/nope2', watch: true },
        { atMs: 2700, do: 'create', client: 'c', path: '/nope2', data: '', mode: 'persistent' },
        { atMs: 2800, do: 'children', client: 'c', path: '/nope2', watch: true },
        { atMs: 2900, do: 'delete', client: 'c', path: '/nope2' },
      ],
    },
  },
  {
    id: 'no-time-travel',
    title: 'A client never goes back in time',
    reference: 'ZAB.md §8 scenario 18',
    description:
      'The client writes /z through server 1, so it has seen that zxid. Server 2 lags 1.5 s behind the leader. ' +
      'When server 1 crashes the client tries server 2, which refuses the connection because the client has seen ' +
      'a zxid it has not applied yet ("Refusing session request for client as it has seen zxid ..."). The client ' +
      'keeps trying and connects once server 2 has caught up: it never reads a state older than one it saw.',
    scenario: {
      version: 1,
      seed: 42,
      untilMs: 20000,
      ensemble: { servers: 3 },
      clients: [{ id: 'c', connect: [1, 2], sessionTimeoutMs: 6000, startAtMs: 1000 }],
      actions: [
        { atMs: 500, do: 'client-partition', client: 'c', from: [2] },
        { atMs: 2000, do: 'delay-link', from: 3, to: 2, extraMs: 1500 },
        { atMs: 3000, do: 'create', client: 'c', path: '/z', data: 'z', mode: 'persistent' },
        { atMs: 3100, do: 'client-heal', client: 'c' },
        { atMs: 3200, do: 'crash', sid: 1 },
      ],
    },
  },
];
