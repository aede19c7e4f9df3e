// Proves the watch rules of ZAB.md 6.7 on one server's WatchManager: scenario 17 of section 8
// (one-shot data watches, exists on a missing node, no watch after NoNode, NodeDeleted for a
// deleted node's child watchers), de-duplication, server-local firing, removal on connection
// close, and the SetWatches decisions on reconnect (DataTree.setWatches).
import { describe, expect, it } from 'vitest';
import { makeZxid } from '../zab/zxid';
import { closeConnection, reconnectWatches } from './zkDatabase';
import {
  addWatch,
  emptyWatchManager,
  hasWatch,
  triggerWatches,
  watchCount,
  watchesOf,
} from './watches';
import { commitAll, miniEnsemble, propose, read, req, run, session } from './zkTestKit';

const S = session(1);

function ensemble(servers = 1) {
  const e = miniEnsemble(servers);
  run(e, req.open(S));
  return e;
}

describe('scenario 17: watch semantics', () => {
  it('getData(/cfg, watch) then two setData calls: exactly one NodeDataChanged', () => {
    const e = ensemble();
    run(e, req.create(S, '/cfg', 'persistent', 'v0'));
    expect(read(e, 'get', '/cfg', 'w')).toMatchObject({ rc: 'OK', data: 'v0' });
    const first = run(e, req.set(S, '/cfg', 'v1'));
    const second = run(e, req.set(S, '/cfg', 'v2'));
    expect(first.events[0]).toEqual([{ watcher: 'w', type: 'NodeDataChanged', path: '/cfg' }]);
    expect(second.events[0]).toEqual([]);
  });

  it('exists(/nope, watch) registers on a missing node; the create fires NodeCreated', () => {
    const e = ensemble();
    expect(read(e, 'exists', '/nope', 'w')).toEqual({ rc: 'NoNode', stat: null, exists: false });
    expect(run(e, req.create(S, '/nope')).events[0]).toEqual([
      { watcher: 'w', type: 'NodeCreated', path: '/nope' },
    ]);
  });

  it('getData(/nope2) on a missing node: NoNode and no watch; getChildren likewise', () => {
    const e = ensemble();
    expect(read(e, 'get', '/nope2', 'w')).toEqual({ rc: 'NoNode', stat: null });
    expect(read(e, 'children', '/nope2', 'w')).toEqual({ rc: 'NoNode', stat: null });
    expect(watchCount(e.dbs[0]!.watches)).toBe(0);
    expect(run(e, req.create(S, '/nope2')).events[0]).toEqual([]);
  });

  it('deleting a node with a getChildren watch gives that watcher NodeDeleted, not NodeChildrenChanged', () => {
    const e = ensemble();
    run(e, req.create(S, '/p'));
    run(e, req.create(S, '/p/c'));
    run(e, req.del(S, '/p/c'));
    expect(read(e, 'children', '/p', 'w')).toMatchObject({ rc: 'OK', children: [] });
    read(e, 'children', '/', 'parent');
    expect(run(e, req.del(S, '/p')).events[0]).toEqual([
      { watcher: 'w', type: 'NodeDeleted', path: '/p' },
      { watcher: 'parent', type: 'NodeChildrenChanged', path: '/' },
    ]);
  });
});

describe('one-shot, de-duplicated, server-local', () => {
  it("create fires NodeCreated to the path then NodeChildrenChanged to the parent's child watchers", () => {
    const e = ensemble();
    run(e, req.create(S, '/p'));
    read(e, 'exists', '/p/c', 'b');
    read(e, 'exists', '/p/c', 'a');
    read(e, 'children', '/p', 'a');
    read(e, 'get', '/p', 'c');
    expect(run(e, req.create(S, '/p/c')).events[0]).toEqual([
      { watcher: 'a', type: 'NodeCreated', path: '/p/c' },
      { watcher: 'b', type: 'NodeCreated', path: '/p/c' },
      { watcher: 'a', type: 'NodeChildrenChanged', path: '/p' },
    ]);
    expect(watchesOf(e.dbs[0]!.watches, 'c')).toEqual({ data: ['/p'], child: [] });
  });

  it('a watcher holding a data and a child watch on a deleted node gets one NodeDeleted', () => {
    const e = ensemble();
    run(e, req.create(S, '/n'));
    read(e, 'get', '/n', 'w');
    read(e, 'get', '/n', 'w');
    read(e, 'children', '/n', 'w');
    expect(watchCount(e.dbs[0]!.watches)).toBe(2);
    expect(run(e, req.del(S, '/n')).events[0]).toEqual([
      { watcher: 'w', type: 'NodeDeleted', path: '/n' },
    ]);
    expect(watchCount(e.dbs[0]!.watches)).toBe(0);
  });

  it('watches fire when their own server applies the txn, not before', () => {
    const e = ensemble(2);
    run(e, req.create(S, '/cfg'));
    read(e, 'get', '/cfg', 'w', 1);
    propose(e, req.set(S, '/cfg', 'x'));
    expect(hasWatch(e.dbs[1]!.watches, 'data', '/cfg', 'w')).toBe(true);
    const [c] = commitAll(e);
    expect(c?.events).toEqual([[], [{ watcher: 'w', type: 'NodeDataChanged', path: '/cfg' }]]);
  });

  it('a closed connection leaves no watches behind', () => {
    const e = ensemble();
    run(e, req.create(S, '/a'));
    read(e, 'get', '/a', 'w');
    read(e, 'children', '/a', 'w');
    read(e, 'exists', '/b', 'w');
    read(e, 'exists', '/b', 'v');
    closeConnection(e.dbs[0]!, 'w');
    expect(watchCount(e.dbs[0]!.watches)).toBe(1);
    expect(run(e, req.set(S, '/a', 'x')).events[0]).toEqual([]);
    expect(run(e, req.create(S, '/b')).events[0]).toEqual([
      { watcher: 'v', type: 'NodeCreated', path: '/b' },
    ]);
  });

  it('addWatch reports whether the watch is new and keeps watchers sorted', () => {
    const wm = emptyWatchManager();
    expect(addWatch(wm, 'data', '/x', 'm')).toBe(true);
    expect(addWatch(wm, 'data', '/x', 'a')).toBe(true);
    expect(addWatch(wm, 'data', '/x', 'm')).toBe(false);
    expect(wm.data['/x']).toEqual(['a', 'm']);
    expect(triggerWatches(wm, [{ type: 'NodeChildrenChanged', path: '/x' }])).toEqual([]);
    expect(wm.data['/x']).toEqual(['a', 'm']);
  });
});

describe('SetWatches on reconnect (DataTree.setWatches)', () => {
  it("fires at once for changes after the client's zxid and re-registers the rest", () => {
    const e = ensemble();
    for (const p of ['/gone', '/changed', '/same', '/kids', '/born', '/later'])
      run(e, req.create(S, p));
    const seen = e.dbs[0]!.tree.lastProcessedZxid;
    run(e, req.del(S, '/gone'));
    run(e, req.set(S, '/changed', 'x'));
    run(e, req.create(S, '/kids/k'));
    run(e, req.create(S, '/new'));
    const db = e.dbs[0]!;
    const events = reconnectWatches(db, 'w', seen, {
      data: ['/gone', '/changed', '/same'],
      exist: ['/new', '/missing'],
      child: ['/kids', '/same', '/gone'],
    });
    expect(events).toEqual([
      { watcher: 'w', type: 'NodeDeleted', path: '/gone' },
      { watcher: 'w', type: 'NodeDataChanged', path: '/changed' },
      { watcher: 'w', type: 'NodeCreated', path: '/new' },
      { watcher: 'w', type: 'NodeChildrenChanged', path: '/kids' },
      { watcher: 'w', type: 'NodeDeleted', path: '/gone' },
    ]);
    expect(watchesOf(db.watches, 'w')).toEqual({ data: ['/missing', '/same'], child: ['/same'] });
    expect(run(e, req.set(S, '/same', 'y')).events[0]).toEqual([
      { watcher: 'w', type: 'NodeDataChanged', path: '/same' },
    ]);
  });

  it('misses a node created and deleted while the client was away (documented gap)', () => {
    const e = ensemble();
    const seen = makeZxid(1, 1);
    run(e, req.create(S, '/blip'));
    run(e, req.del(S, '/blip'));
    expect(
      reconnectWatches(e.dbs[0]!, 'w', seen, { data: [], exist: ['/blip'], child: [] }),
    ).toEqual([]);
    expect(hasWatch(e.dbs[0]!.watches, 'data', '/blip', 'w')).toBe(true);
  });
});
