// Proves the data tree and PrepRequestProcessor behave like ZooKeeper's: ZAB.md section 8
// scenario 16 (sequential suffixes from the parent's creation counter, client-visible cversion),
// the error codes and their order of checks, version checks, ephemerals without children,
// closeSession deleting exactly its session's ephemerals, and validation against changes still in
// flight. Each test drives a leader database (and sometimes a follower) through zkTestKit.
import { describe, expect, it } from 'vitest';
import { makeZxid } from '../zab/zxid';
import { applyTxn, ephemeralsOf, listNodes, type DataTree, type ZNode } from './dataTree';
import { NO_SESSION } from './sessionId';
import { ephemeralsOwnedBy, treeProblems } from './treeInvariants';
import {
  commitAll,
  commitNext,
  miniEnsemble,
  propose,
  rcOf,
  read,
  req,
  run,
  session,
} from './zkTestKit';

const S = session(1);
const T = session(2);

function node(tree: DataTree, path: string): ZNode {
  const n = tree.nodes[path];
  if (!n) throw new Error(`no ${path}`);
  return n;
}

function withSessions() {
  const e = miniEnsemble(2);
  run(e, req.open(S));
  run(e, req.open(T));
  return e;
}

describe('scenario 16: sequence numbers', () => {
  it('suffixes come from the parent creation counter, shared with plain children and never reused', () => {
    const e = withSessions();
    run(e, req.create(S, '/election'));
    const created = () =>
      run(e, req.create(S, '/election/n_', 'ephemeral-sequential')).results[0]?.path;
    expect([created(), created(), created()]).toEqual([
      '/election/n_0000000000',
      '/election/n_0000000001',
      '/election/n_0000000002',
    ]);
    expect(rcOf(run(e, req.del(S, '/election/n_0000000001')))).toBe('OK');
    expect(created()).toBe('/election/n_0000000003');
    expect(run(e, req.create(S, '/election/x')).results[0]?.path).toBe('/election/x');
    expect(created()).toBe('/election/n_0000000005');
    for (const db of e.dbs) {
      const parent = node(db.tree, '/election');
      expect(parent.cversion).toBe(7);
      expect(parent.internalCversion).toBe(6);
      expect(parent.children).toEqual([
        'n_0000000000',
        'n_0000000002',
        'n_0000000003',
        'n_0000000005',
        'x',
      ]);
      expect(treeProblems(db.tree)).toEqual([]);
    }
    expect(read(e, 'exists', '/election').stat?.cversion).toBe(7);
  });

  it('pipelined creates get distinct suffixes before any of them commits (outstanding changes)', () => {
    const e = withSessions();
    run(e, req.create(S, '/election'));
    const paths = [0, 1, 2].map(
      () => propose(e, req.create(S, '/election/n_', 'ephemeral-sequential')).txn,
    );
    expect(paths.map((t) => (t.type === 'create' ? t.path : t.type))).toEqual([
      '/election/n_0000000000',
      '/election/n_0000000001',
      '/election/n_0000000002',
    ]);
    expect(read(e, 'children', '/election').children).toEqual([]);
    commitAll(e);
    expect(read(e, 'children', '/election', null, 1).children).toHaveLength(3);
    expect(e.dbs[0]?.prep.changes).toEqual({});
  });

  it('a sequential create of "/locks/" names the child by its suffix alone', () => {
    const e = withSessions();
    run(e, req.create(S, '/locks'));
    expect(run(e, req.create(S, '/locks/', 'sequential')).results[0]?.path).toBe(
      '/locks/0000000000',
    );
    expect(rcOf(run(e, req.create(S, '/locks/')))).toBe('BadArguments');
  });
});

describe('error codes', () => {
  it('create: NoNode, NodeExists, BadArguments', () => {
    const e = withSessions();
    expect(rcOf(run(e, req.create(S, '/a/b')))).toBe('NoNode');
    run(e, req.create(S, '/a'));
    expect(rcOf(run(e, req.create(S, '/a')))).toBe('NodeExists');
    expect(rcOf(run(e, req.create(S, '/')))).toBe('NodeExists');
    for (const bad of ['a', '/a/', '/a//b', '/a/./b', ''])
      expect(rcOf(run(e, req.create(S, bad)))).toBe('BadArguments');
  });

  it('an error txn consumes a zxid and changes nothing at any server', () => {
    const e = withSessions();
    run(e, req.create(S, '/a', 'persistent', 'v'));
    const before = JSON.stringify(e.dbs[1]?.tree.nodes);
    const c = run(e, req.create(S, '/a'));
    expect(c.txn).toEqual({
      type: 'error',
      sessionId: S,
      op: 'create',
      path: '/a',
      err: 'NodeExists',
    });
    expect(c.results.map((r) => r.rc)).toEqual(['NodeExists', 'NodeExists']);
    expect(JSON.stringify(e.dbs[1]?.tree.nodes)).toBe(before);
    expect(e.dbs[1]?.tree.lastProcessedZxid).toEqual(c.zxid);
  });

  it('version checks for setData and delete; -1 matches any version', () => {
    const e = withSessions();
    run(e, req.create(S, '/v', 'persistent', 'a'));
    expect(rcOf(run(e, req.set(S, '/v', 'b', 0)))).toBe('OK');
    expect(rcOf(run(e, req.set(S, '/v', 'c', 0)))).toBe('BadVersion');
    const c = run(e, req.set(S, '/v', 'd', -1));
    expect(c.results[0]?.stat?.version).toBe(2);
    expect(c.txn).toMatchObject({ type: 'setData', version: 2 });
    expect(read(e, 'get', '/v', null, 1)).toMatchObject({ rc: 'OK', data: 'd' });
    expect(rcOf(run(e, req.del(S, '/v', 1)))).toBe('BadVersion');
    expect(rcOf(run(e, req.del(S, '/v', 2)))).toBe('OK');
    expect(rcOf(run(e, req.set(S, '/v', 'x')))).toBe('NoNode');
    expect(rcOf(run(e, req.del(S, '/v')))).toBe('NoNode');
  });

  it('delete: NotEmpty before the children go; "/" cannot be deleted', () => {
    const e = withSessions();
    run(e, req.create(S, '/p'));
    run(e, req.create(S, '/p/c'));
    expect(rcOf(run(e, req.del(S, '/p')))).toBe('NotEmpty');
    expect(rcOf(run(e, req.del(S, '/')))).toBe('BadArguments');
    run(e, req.del(S, '/p/c'));
    expect(rcOf(run(e, req.del(S, '/p')))).toBe('OK');
    expect(listNodes(e.dbs[1]!.tree)).toEqual([
      { path: '/', version: 0, cversion: 2, ephemeralOwner: NO_SESSION },
    ]);
  });

  it('ephemerals cannot have children, sequential or not', () => {
    const e = withSessions();
    run(e, req.create(S, '/e', 'ephemeral'));
    expect(rcOf(run(e, req.create(S, '/e/c')))).toBe('NoChildrenForEphemerals');
    expect(rcOf(run(e, req.create(T, '/e/c', 'ephemeral-sequential')))).toBe(
      'NoChildrenForEphemerals',
    );
    expect(node(e.dbs[0]!.tree, '/e').internalCversion).toBe(0);
  });

  it('requests of an unknown or closing session get SessionExpired', () => {
    const e = withSessions();
    expect(rcOf(run(e, req.create(session(9), '/x')))).toBe('SessionExpired');
    propose(e, req.close(S));
    expect(propose(e, req.create(S, '/y', 'ephemeral')).txn).toMatchObject({
      type: 'error',
      err: 'SessionExpired',
    });
    commitAll(e);
    expect(rcOf(run(e, req.create(S, '/y', 'ephemeral')))).toBe('SessionExpired');
    expect(e.dbs[1]?.tree.sessions).toEqual({ [T]: 6000 });
  });
});

describe('closeSession (DataTree.killSession)', () => {
  it("deletes exactly that session's ephemerals, in flight ones included, and fires their watches", () => {
    const e = withSessions();
    run(e, req.create(S, '/svc'));
    run(e, req.create(S, '/a1', 'ephemeral'));
    run(e, req.create(S, '/svc/m_', 'ephemeral-sequential'));
    run(e, req.create(T, '/b1', 'ephemeral'));
    read(e, 'exists', '/a1', 'w', 1);
    read(e, 'children', '/svc', 'w', 1);
    read(e, 'get', '/b1', 'w', 1);
    propose(e, req.create(S, '/a2', 'ephemeral'));
    const close = propose(e, req.close(S));
    expect(close.txn).toEqual({
      type: 'closeSession',
      sessionId: S,
      paths: ['/a1', '/a2', '/svc/m_0000000000'],
    });
    const [, closed] = commitAll(e);
    expect(closed?.zxid).toEqual(makeZxid(1, 8));
    expect(closed?.events[1]).toEqual([
      { watcher: 'w', type: 'NodeDeleted', path: '/a1' },
      { watcher: 'w', type: 'NodeChildrenChanged', path: '/svc' },
    ]);
    for (const db of e.dbs) {
      expect(Object.keys(db.tree.nodes).sort()).toEqual(['/', '/b1', '/svc']);
      expect(ephemeralsOwnedBy(db.tree, S)).toEqual([]);
      expect(ephemeralsOf(db.tree, T)).toEqual(['/b1']);
      expect(db.tree.sessions[S]).toBeUndefined();
      expect(treeProblems(db.tree)).toEqual([]);
    }
    expect(node(e.dbs[1]!.tree, '/svc').pzxid).toEqual(makeZxid(1, 8));
  });

  it('also deletes ephemerals the txn did not list ("Unexpected extra paths under session")', () => {
    const e = withSessions();
    run(e, req.create(S, '/a', 'ephemeral'));
    const tree = e.dbs[1]!.tree;
    const r = applyTxn(
      tree,
      { type: 'closeSession', sessionId: S, paths: ['/gone'] },
      makeZxid(1, 9),
    );
    expect(r).toEqual({
      rc: 'OK',
      path: null,
      stat: null,
      triggers: [
        { type: 'NodeDeleted', path: '/a' },
        { type: 'NodeChildrenChanged', path: '/' },
      ],
    });
    expect(ephemeralsOwnedBy(tree, S)).toEqual([]);
  });

  it('skips an ephemeral that a pending delete already removes', () => {
    const e = withSessions();
    run(e, req.create(S, '/a', 'ephemeral'));
    propose(e, req.del(T, '/a'));
    expect(propose(e, req.close(S)).txn).toMatchObject({ paths: [] });
    expect(commitAll(e).map(rcOf)).toEqual(['OK', 'OK']);
  });
});

describe('outstanding changes at the leader', () => {
  it('validates against proposals in flight and forgets them once applied', () => {
    const e = withSessions();
    run(e, req.create(S, '/x'));
    propose(e, req.create(S, '/a'));
    propose(e, req.create(S, '/a/b'));
    propose(e, req.del(S, '/x'));
    propose(e, req.create(S, '/x', 'ephemeral'));
    expect(propose(e, req.del(S, '/a')).txn).toMatchObject({ type: 'error', err: 'NotEmpty' });
    expect(propose(e, req.create(S, '/x/c')).txn).toMatchObject({
      type: 'error',
      err: 'NoChildrenForEphemerals',
    });
    expect(read(e, 'exists', '/a').exists).toBe(false);
    commitNext(e);
    expect(Object.keys(e.dbs[0]!.prep.changes).sort()).toEqual(['/', '/a', '/a/b', '/x']);
    expect(commitAll(e).map(rcOf)).toEqual([
      'OK',
      'OK',
      'OK',
      'NotEmpty',
      'NoChildrenForEphemerals',
    ]);
    expect(e.dbs[0]!.prep).toMatchObject({ changes: {}, sessions: {} });
    expect(node(e.dbs[1]!.tree, '/x').ephemeralOwner).toBe(S);
  });

  it('refuses to apply a zxid that is not after the last applied one', () => {
    const e = withSessions();
    const tree = e.dbs[1]!.tree;
    const again = { type: 'createSession', sessionId: session(3), timeoutMs: 4000 } as const;
    expect(() => applyTxn(tree, again, tree.lastProcessedZxid)).toThrow(
      /is not after lastProcessedZxid/,
    );
    expect(() => applyTxn(tree, again, makeZxid(0, 9))).toThrow(/is not after lastProcessedZxid/);
  });
});
