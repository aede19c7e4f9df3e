// Proves, over random workloads of pipelined creates (all four modes), deletes, setData, session
// opens and closes, and watched reads on a leader and a follower, that: sequential suffixes under
// one parent strictly increase and never repeat; every watch event consumes exactly one earlier
// registration and every armed watch on a changed path fires (so a standard watch fires at most
// once); both servers and a rebuild from the history reach equal digests; and the databases
// survive a JSON round trip mid-run, the copy then evolving exactly like the original.
// fast-check prints the seed and the shrunk counterexample of any failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeDigest } from './digest';
import { parentOf } from './dataTree';
import { NO_SESSION, type SessionId } from './sessionId';
import { ephemeralsOwnedBy, treeProblems } from './treeInvariants';
import type { CreateMode } from './txn';
import type { WatchEvent, WatchKind } from './watches';
import { cloneZkDatabase, commit as commitDb, loadDatabase, type ZkDatabase } from './zkDatabase';
import {
  commitNext,
  miniEnsemble,
  propose,
  read,
  req,
  session,
  type Committed,
  type MiniEnsemble,
} from './zkTestKit';

type Op =
  | { k: 'create'; parent: number; name: number; mode: number; s: number }
  | { k: 'delete'; target: number; version: number; s: number }
  | { k: 'set'; target: number; version: number; s: number }
  | { k: 'close'; s: number }
  | { k: 'commit'; n: number }
  | { k: 'read'; op: number; target: number; watcher: number; server: number };

const MODES: CreateMode[] = ['persistent', 'ephemeral', 'sequential', 'ephemeral-sequential'];
const PARENTS = ['/', '/p', '/p/q', '/a'];
const NAMES = ['p', 'q', 'a', 'n_'];
const READS = ['get', 'exists', 'children'] as const;

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      k: fc.constant('create' as const),
      parent: fc.nat(3),
      name: fc.nat(3),
      mode: fc.nat(3),
      s: fc.nat(2),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('delete' as const),
      target: fc.nat(40),
      version: fc.integer({ min: -1, max: 1 }),
      s: fc.nat(2),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('set' as const),
      target: fc.nat(40),
      version: fc.integer({ min: -1, max: 1 }),
      s: fc.nat(2),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('close' as const), s: fc.nat(2) }) },
  {
    weight: 4,
    arbitrary: fc.record({ k: fc.constant('commit' as const), n: fc.integer({ min: 1, max: 4 }) }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      k: fc.constant('read' as const),
      op: fc.nat(2),
      target: fc.nat(40),
      watcher: fc.nat(2),
      server: fc.nat(1),
    }),
  },
);
const workload = fc.array(opArb, { minLength: 1, maxLength: 80, size: 'max' });

/** The workload's state besides the ensemble: live session slots and every path ever named. */
interface World {
  e: MiniEnsemble;
  slots: SessionId[];
  nextSession: number;
  known: string[];
  committed: Committed[];
  /** Model of armed watches: "server|kind|path" -> watchers. */
  armed: Record<string, string[]>;
  /** Keep PARENTS persistent and undeleted (for the suffix property). */
  protectParents: boolean;
}

function newWorld(protectParents = false): World {
  const e = miniEnsemble(2);
  const w: World = {
    e,
    slots: [],
    nextSession: 0,
    known: ['/p', '/p/q', '/a', '/p/a'],
    committed: [],
    armed: {},
    protectParents,
  };
  for (let i = 0; i < 3; i++) w.slots.push(openSession(w));
  // Start with both parents, so that most creates succeed.
  propose(e, req.create(w.slots[0] as SessionId, '/p'));
  propose(e, req.create(w.slots[0] as SessionId, '/p/q'));
  commit(w, Infinity);
  return w;
}

function openSession(w: World): SessionId {
  const s = session(w.nextSession++);
  propose(w.e, req.open(s));
  return s;
}

function commit(w: World, n: number): void {
  for (let i = 0; i < n && w.e.queue.length > 0; i++) {
    const c = commitNext(w.e);
    w.committed.push(c);
    c.events.forEach((events, server) => consume(w, server, c, events));
    if (c.txn.type === 'closeSession') {
      for (const db of w.e.dbs) expect(ephemeralsOwnedBy(db.tree, c.txn.sessionId)).toEqual([]);
    }
    if (c.txn.type === 'create' && !w.known.includes(c.txn.path)) w.known.push(c.txn.path);
  }
}

/** Every event must use up an armed watch; every armed watch on a triggered path must fire. */
function consume(w: World, server: number, c: Committed, events: WatchEvent[]): void {
  const key = (kind: WatchKind, path: string) => `${server}|${kind}|${path}`;
  for (const ev of events) {
    const kinds: WatchKind[] =
      ev.type === 'NodeDeleted'
        ? ['data', 'child']
        : ev.type === 'NodeChildrenChanged'
          ? ['child']
          : ['data'];
    const holders = kinds.filter((k) => (w.armed[key(k, ev.path)] ?? []).includes(ev.watcher));
    expect(
      holders.length,
      `${ev.type} ${ev.path} to ${ev.watcher} without a registration`,
    ).toBeGreaterThan(0);
    for (const k of kinds)
      w.armed[key(k, ev.path)] = (w.armed[key(k, ev.path)] ?? []).filter((x) => x !== ev.watcher);
  }
  for (const t of (c.results[server] ?? { triggers: [] }).triggers) {
    const kinds: WatchKind[] =
      t.type === 'NodeDeleted'
        ? ['data', 'child']
        : t.type === 'NodeChildrenChanged'
          ? ['child']
          : ['data'];
    for (const k of kinds)
      expect(w.armed[key(k, t.path)] ?? [], `unfired ${k} watch on ${t.path}`).toEqual([]);
  }
}

function step(w: World, op: Op): void {
  // Even: any path ever named (often missing); odd: a znode the leader has now.
  const target = (i: number) => {
    const live = Object.keys((w.e.dbs[0] as ZkDatabase).tree.nodes)
      .filter((p) => p !== '/')
      .sort();
    const from = i % 2 === 1 && live.length > 0 ? live : w.known;
    return from[(i >> 1) % from.length] as string;
  };
  switch (op.k) {
    case 'create': {
      const parent = PARENTS[op.parent] as string;
      const path = (parent === '/' ? '' : parent) + '/' + (NAMES[op.name] as string);
      const mode = w.protectParents && PARENTS.includes(path) ? 'persistent' : MODES[op.mode];
      propose(w.e, req.create(w.slots[op.s] as SessionId, path, mode));
      return;
    }
    case 'delete':
      if (w.protectParents && PARENTS.includes(target(op.target))) return;
      propose(w.e, req.del(w.slots[op.s] as SessionId, target(op.target), op.version));
      return;
    case 'set':
      propose(w.e, req.set(w.slots[op.s] as SessionId, target(op.target), 'v', op.version));
      return;
    case 'close':
      propose(w.e, req.close(w.slots[op.s] as SessionId));
      w.slots[op.s] = openSession(w);
      return;
    case 'commit':
      commit(w, op.n);
      return;
    case 'read': {
      const watcher = `w${op.watcher}`;
      const path = target(op.target);
      const r = read(w.e, READS[op.op] as 'get', path, watcher, op.server);
      const kind: WatchKind = op.op === 2 ? 'child' : 'data';
      if (r.rc === 'OK' || op.op === 1) {
        const k = `${op.server}|${kind}|${path}`;
        if (!(w.armed[k] ?? []).includes(watcher)) w.armed[k] = [...(w.armed[k] ?? []), watcher];
      }
      return;
    }
  }
}

function runAll(w: World, ops: readonly Op[]): void {
  for (const op of ops) step(w, op);
  commit(w, Infinity);
}

describe('data tree properties', () => {
  it('sequential suffixes under one parent strictly increase and never repeat', () => {
    fc.assert(
      fc.property(workload, (ops) => {
        // Parents are persistent and never deleted here, so each parent path is one znode.
        const w = newWorld(true);
        runAll(w, ops);
        const lastCounter: Record<string, number> = {};
        const seen = new Set<string>();
        for (const c of w.committed) {
          if (c.txn.type !== 'create') continue;
          const parent = parentOf(c.txn.path) as string;
          expect(c.txn.parentCVersion).toBe((lastCounter[parent] ?? 0) + 1);
          lastCounter[parent] = c.txn.parentCVersion;
          // Only sequential creates end in digits (no plain name does).
          const m = /(\d{10})$/.exec(c.txn.path);
          if (m) {
            expect(Number(m[1])).toBe(c.txn.parentCVersion - 1);
            expect(seen.has(c.txn.path)).toBe(false);
            seen.add(c.txn.path);
          }
        }
        for (const db of w.e.dbs) {
          expect(treeProblems(db.tree)).toEqual([]);
          for (const [parent, n] of Object.entries(lastCounter))
            expect(db.tree.nodes[parent]?.internalCversion).toBe(n);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a standard watch fires at most once, and every armed watch on a changed path fires', () => {
    // The checks run inside `consume`, at every commit on both servers.
    fc.assert(
      fc.property(workload, (ops) => {
        const w = newWorld();
        runAll(w, ops);
        const fired = w.committed.flatMap((c) => c.events.flat());
        expect(fired.every((ev) => ev.watcher.startsWith('w'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the same txn sequence gives equal digests: leader, follower, rebuild, and a clone', () => {
    fc.assert(
      fc.property(workload, fc.nat(), (ops, cut) => {
        const w = newWorld();
        const at = cut % (ops.length + 1);
        runAll(w, ops.slice(0, at));
        const clone = cloneZkDatabase(w.e.dbs[1]!);
        const frozen = treeDigest(clone.tree);
        const applied = w.committed.length;
        runAll(w, ops.slice(at));
        const [leader, follower] = w.e.dbs;
        expect(treeDigest(clone.tree)).toBe(frozen);
        expect(treeDigest(follower!.tree)).toBe(treeDigest(leader!.tree));
        expect(follower!.tree).toEqual(leader!.tree);
        const rebuilt = loadDatabase(w.e.history.map((p) => ({ zxid: p.zxid, body: p.txn })));
        expect(treeDigest(rebuilt.tree)).toBe(treeDigest(leader!.tree));
        for (const c of w.committed.slice(applied)) commitDb(clone, c.txn, c.zxid);
        expect(treeDigest(clone.tree)).toBe(treeDigest(leader!.tree));
        expect(
          Object.values(leader!.tree.nodes).every(
            (n) => n.ephemeralOwner === NO_SESSION || n.children.length === 0,
          ),
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('tree, watches and outstanding changes survive a JSON round trip and evolve identically', () => {
    fc.assert(
      fc.property(workload, workload, (first, second) => {
        const w = newWorld();
        for (const op of first) step(w, op);
        assertPlain(w.e.dbs, 'dbs');
        const copy: World = JSON.parse(JSON.stringify(w));
        expect(copy.e.dbs).toEqual(w.e.dbs);
        runAll(w, second);
        runAll(copy, second);
        expect(JSON.stringify(copy.e.dbs)).toBe(JSON.stringify(w.e.dbs));
        expect(JSON.stringify(copy.committed)).toBe(JSON.stringify(w.committed));
      }),
      { numRuns: 200 },
    );
  });
});

/** Only JSON values: no undefined, no NaN or Infinity, no Map, Set or class instance. */
function assertPlain(v: unknown, where: string): void {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    expect(Number.isFinite(v), where).toBe(true);
    return;
  }
  expect(typeof v, where).toBe('object');
  if (Array.isArray(v)) {
    v.forEach((x, i) => assertPlain(x, `${where}[${i}]`));
    return;
  }
  expect(Object.getPrototypeOf(v), where).toBe(Object.prototype);
  for (const [k, x] of Object.entries(v as object)) assertPlain(x, `${where}.${k}`);
}
