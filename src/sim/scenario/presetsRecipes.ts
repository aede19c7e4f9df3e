/**
 * Recipes as scenarios (issue 15): ZooKeeper's lock (and its herd-effect variant, and the frozen
 * holder that fencing exists for), configuration, service discovery and leader election among
 * application processes. Each is a plain Scenario like every preset; the app lists them in the
 * Scenario menu, the CLI runs them with --preset ID.
 */
import type { Preset } from './preset';
import type { ClientSpec, Recipe } from './types';

const client = (
  id: string,
  startAtMs: number,
  recipe: Recipe | null,
  extra: Partial<ClientSpec> = {},
): ClientSpec => ({
  id,
  connect: [1, 2, 3],
  sessionTimeoutMs: 6000,
  startAtMs,
  recipe,
  ...extra,
});

const lockClients = (n: number, watch: 'predecessor' | 'parent', holdMs: number): ClientSpec[] =>
  Array.from({ length: n }, (_, i) =>
    client(`c${i + 1}`, 1000 + 150 * i, { kind: 'lock', path: '/locks', holdMs, watch }),
  );

const lock: Preset = {
  id: 'recipe-lock',
  title: 'Lock: a queue of sequential ephemerals, each watching its predecessor',
  reference: 'ZooKeeper Recipes, "Locks"; ZAB.md 6.9',
  description:
    'Four clients want the lock /locks. Each creates an EPHEMERAL_SEQUENTIAL child lock-N, lists ' +
    'the children, and holds the lock if its own node has the lowest suffix; otherwise it sets an ' +
    'exists watch on the node just before its own, and only on that one. When the holder deletes its ' +
    'node after 3 s, exactly one watch fires: the next in line wakes up, lists again and takes the ' +
    'lock. Try: open the data tree and follow the lock-N nodes; freeze the holder, or crash it, ' +
    'and see the next one wait for the session to expire.',
  scenario: {
    version: 1,
    seed: 1501,
    untilMs: 20000,
    ensemble: { servers: 3 },
    clients: lockClients(4, 'predecessor', 3000),
  },
};

const lockHerd: Preset = {
  id: 'recipe-lock-herd',
  title: 'Lock, herd variant: every waiter watches the parent',
  reference: 'ZooKeeper Recipes, "Locks" (the herd effect)',
  description:
    'The same lock with six clients, but every waiter watches /locks itself (getChildren with a ' +
    'watch) instead of its predecessor. Each release and each new waiter changes the children, so ' +
    'every waiter wakes up, lists the children again and goes back to sleep: count the ' +
    'notifications in the inspector and compare them with the predecessor variant, where each ' +
    'release wakes one client. Try: add load by stepping through one release event by event.',
  scenario: {
    version: 1,
    seed: 1502,
    untilMs: 24000,
    ensemble: { servers: 3 },
    clients: lockClients(6, 'parent', 2000),
  },
};

const lockFrozen: Preset = {
  id: 'recipe-lock-frozen-holder',
  title: 'Lock with a frozen holder: two clients believe they hold it',
  reference: 'ZooKeeper Recipes, "Locks"; Kleppmann, "How to do distributed locking" (fencing)',
  description:
    'Client c1 takes the lock and means to hold it for 20 s. At 3 s its process freezes (a long ' +
    'garbage-collection pause): it sends no pings and reads nothing. The leader expires its session ' +
    'about 6 s later, the closeSession deletes its ephemeral lock node, and c2, watching that node, ' +
    'takes the lock. c1 is still frozen and still believes it holds the lock: two believers, which ' +
    'the checker flags. When c1 wakes at 14 s it learns that its session expired, but anything it ' +
    'wrote in between would have been wrong. ZooKeeper cannot stop a paused process; the fix is ' +
    'fencing: the storage accepts a write only with the newest lock node zxid (czxid) or version ' +
    'it has seen, so the stale holder is refused. Try: unfreeze c1 earlier than the expiry, or ' +
    'give it a longer session timeout.',
  scenario: {
    version: 1,
    seed: 1503,
    untilMs: 24000,
    ensemble: { servers: 3 },
    clients: [
      client('c1', 1000, { kind: 'lock', path: '/locks', holdMs: 20000 }),
      client('c2', 1400, { kind: 'lock', path: '/locks', holdMs: 4000 }),
      client('c3', 1800, { kind: 'lock', path: '/locks', holdMs: 4000 }),
    ],
    actions: [
      { atMs: 3000, do: 'client-freeze', client: 'c1' },
      { atMs: 14000, do: 'client-unfreeze', client: 'c1' },
    ],
  },
};

const config: Preset = {
  id: 'recipe-config',
  title: 'Configuration: a setData reaches every watcher, some later than others',
  reference: 'ZooKeeper Recipes, configuration management; ZAB.md 6.7',
  description:
    'Clients w1, w2 and w3 read /config with a watch. The admin client changes it with setData at ' +
    '4 s, 8 s and 15 s. Every watcher gets one NodeDataChanged from the server it is connected to, ' +
    'when that server applies the txn, and reads the new value (which re-arms its watch). Server 1 ' +
    'hears from the leader 1.5 s late (a slow link), so w3, connected to it, learns later than the ' +
    'others, and a read there returns the old value meanwhile. w2 is cut off from every server from ' +
    '6 s to 10 s and misses the change at 8 s; on reconnecting it sends SetWatches with the last ' +
    'zxid it saw, and the server, seeing that /config changed since, fires the watch at once. ' +
    'Try: open the data tree on server 1 during a change to see the stale znode, or make w3 call ' +
    'sync before it reads.',
  scenario: {
    version: 1,
    seed: 1504,
    untilMs: 20000,
    ensemble: { servers: 3 },
    clients: [
      client('admin', 500, null, { connect: [3] }),
      client('w1', 1000, { kind: 'config', path: '/config' }, { connect: [2] }),
      client(
        'w2',
        1000,
        { kind: 'config', path: '/config' },
        { connect: [2, 3], sessionTimeoutMs: 12000 },
      ),
      client('w3', 1000, { kind: 'config', path: '/config' }, { connect: [1] }),
    ],
    actions: [
      { atMs: 800, do: 'create', client: 'admin', path: '/config', data: 'v1' },
      { atMs: 1500, do: 'delay-link', from: 3, to: 1, extraMs: 1500 },
      { atMs: 4000, do: 'set', client: 'admin', path: '/config', data: 'v2' },
      { atMs: 6000, do: 'client-partition', client: 'w2', from: 'all' },
      { atMs: 8000, do: 'set', client: 'admin', path: '/config', data: 'v3' },
      { atMs: 10000, do: 'client-heal', client: 'w2' },
      { atMs: 15000, do: 'set', client: 'admin', path: '/config', data: 'v4' },
    ],
  },
};

const discovery: Preset = {
  id: 'recipe-discovery',
  title: 'Service discovery: a killed instance leaves only when its session expires',
  reference: 'ZooKeeper Recipes, group membership; ZAB.md 6.3, 6.8',
  description:
    'Instances i1, i2 and i3 register ephemeral znodes under /services/api; client lb lists ' +
    '/services/api with a watch, as the balancer of the load-balancing lab does. At 8 s the process ' +
    'of i2 is killed. Its znode stays: ZooKeeper cannot tell a dead process from a slow one until ' +
    'the session timeout (6 s) has passed without a ping. Then the leader expires the session, ' +
    'the closeSession txn deletes /services/api/i2 on every server, and lb gets NodeChildrenChanged ' +
    'and lists two members. Try: step to just before the expiry and look at the tracker countdown; ' +
    'then open the load-balancing lab, where the same mechanism decides which backends get traffic.',
  scenario: {
    version: 1,
    seed: 1505,
    untilMs: 24000,
    ensemble: { servers: 3 },
    clients: [
      client('i1', 1000, { kind: 'register', path: '/services/api/i1', data: '10.0.0.1:80' }),
      client('i2', 1100, { kind: 'register', path: '/services/api/i2', data: '10.0.0.2:80' }),
      client('i3', 1200, { kind: 'register', path: '/services/api/i3', data: '10.0.0.3:80' }),
      client('lb', 1500, { kind: 'discover', path: '/services/api' }),
    ],
    actions: [{ atMs: 8000, do: 'client-crash', client: 'i2' }],
  },
};

const election: Preset = {
  id: 'recipe-app-election',
  title: 'Leader election among application processes (not ZAB’s election)',
  reference: 'ZooKeeper Recipes, "Leader Election"',
  description:
    'Three application processes a1, a2 and a3 elect a leader among themselves with ZooKeeper: each ' +
    'creates an EPHEMERAL_SEQUENTIAL node under /election; the lowest is the leader, each other ' +
    'watches its predecessor. This is not ZAB: the servers elected their own leader with ' +
    'FastLeaderElection (the ring) before any client connected, and clients never vote. At 10 s ' +
    'the application leader a1 is killed: when its session expires, its node goes and a2, which ' +
    'watched it, becomes the application leader; the ZAB leader does not change. Try: crash the ' +
    'ZAB leader instead and see every client disconnect while the servers elect (a leader that ' +
    'loses its connection gives up its role, as Curator advises), then compare the two elections.',
  scenario: {
    version: 1,
    seed: 1506,
    untilMs: 30000,
    ensemble: { servers: 3 },
    clients: [
      client(
        'a1',
        1000,
        { kind: 'lock', path: '/election', holdMs: 60000 },
        { sessionTimeoutMs: 8000 },
      ),
      client(
        'a2',
        1300,
        { kind: 'lock', path: '/election', holdMs: 60000 },
        { sessionTimeoutMs: 8000 },
      ),
      client(
        'a3',
        1600,
        { kind: 'lock', path: '/election', holdMs: 60000 },
        { sessionTimeoutMs: 8000 },
      ),
    ],
    actions: [{ atMs: 10000, do: 'client-crash', client: 'a1' }],
  },
};

export const RECIPE_PRESETS: readonly Preset[] = [
  lock,
  lockHerd,
  lockFrozen,
  config,
  discovery,
  election,
];
