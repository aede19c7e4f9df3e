// Proves the small pieces around the data tree: session ids keep all 64 bits in ZooKeeper's own
// hex form with the creating sid in the top byte, result codes carry ZooKeeper's wire numbers,
// the digest is pinned to fixed values (so it is the same on every machine) and sees every field,
// and a database rebuilt from its history equals the one that applied it live.
import { describe, expect, it } from 'vitest';
import { makeZxid } from '../zab/zxid';
import { emptyDataTree, type ZNode } from './dataTree';
import { nodeDigest, treeDigest } from './digest';
import { isZkCode, ZK_CODE_NUMBER, zkCodeOf } from './errors';
import { isSessionId, makeSessionId, NO_SESSION, serverOfSession } from './sessionId';
import { describeTxn } from './txn';
import { asZkTxn, loadDatabase } from './zkDatabase';
import { miniEnsemble, req, run, session } from './zkTestKit';

describe('session ids', () => {
  it('are Long.toHexString of (sid << 56 | time bits << 16) + n, without losing bits', () => {
    expect(makeSessionId(1, 0xabc, 0)).toBe('0x10000000abc0000');
    expect(makeSessionId(1, 0xabc, 1)).toBe('0x10000000abc0001');
    expect(makeSessionId(255, 2 ** 41 + 5, 7)).toBe('0xff00000000050007');
    expect(serverOfSession(makeSessionId(200, 123456789, 3))).toBe(200);
    expect(serverOfSession('0x10000000abc0000')).toBe(1);
    expect(serverOfSession('0x100000abc0000')).toBe(0);
    expect(isSessionId(NO_SESSION)).toBe(true);
    expect(isSessionId('0x0100')).toBe(false);
    expect(isSessionId('0X10')).toBe(false);
    expect(() => makeSessionId(256, 0, 0)).toThrow(/top byte/);
  });
});

describe('result codes', () => {
  it('carry KeeperException.Code numbers', () => {
    expect(ZK_CODE_NUMBER.NoNode).toBe(-101);
    expect(ZK_CODE_NUMBER.NodeExists).toBe(-110);
    expect(ZK_CODE_NUMBER.NoChildrenForEphemerals).toBe(-108);
    expect(zkCodeOf(-103)).toBe('BadVersion');
    expect(zkCodeOf(-999)).toBeNull();
    expect(isZkCode('NotEmpty')).toBe(true);
    expect(isZkCode('toString')).toBe(false);
  });
});

describe('digest', () => {
  it('is pinned for a known tree and changes with any field', () => {
    const empty = emptyDataTree();
    expect(treeDigest(empty)).toBe('000000006ee0b37e');
    expect(nodeDigest('/', empty.nodes['/'] as ZNode)).toBe(0x6ee0b37e);
    const e = miniEnsemble(1);
    run(e, req.open(session(1)));
    run(e, req.create(session(1), '/a', 'persistent', 'x'));
    const tree = e.dbs[0]!.tree;
    const base = treeDigest(tree);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(base).toBe(PINNED);
    const a = tree.nodes['/a'] as ZNode;
    const variants: Partial<ZNode>[] = [
      { data: 'y' },
      { version: 1 },
      { internalCversion: 1 },
      { ephemeralOwner: session(1) },
      { mzxid: makeZxid(1, 3) },
      { pzxid: makeZxid(1, 3) },
      { czxid: makeZxid(1, 1) },
    ];
    for (const v of variants)
      expect(treeDigest({ ...tree, nodes: { ...tree.nodes, '/a': { ...a, ...v } } })).not.toBe(
        base,
      );
  });
});

const PINNED = '00000001102e3087';

describe('loadDatabase', () => {
  it('rebuilds the same tree from the history, skipping entries without a tree txn', () => {
    const e = miniEnsemble(1);
    run(e, req.open(session(1)));
    run(e, req.create(session(1), '/e', 'ephemeral-sequential'));
    run(e, req.create(session(1), '/e', 'sequential'));
    const history = [
      ...e.history.map((p) => ({ zxid: p.zxid, body: p.txn as unknown })),
      { zxid: makeZxid(1, 10) },
    ];
    const db = loadDatabase(history);
    expect(db.tree.nodes).toEqual(e.dbs[0]!.tree.nodes);
    expect(db.tree.lastProcessedZxid).toEqual(makeZxid(1, 3));
    expect(e.history.map((p) => describeTxn(p.txn))).toEqual([
      `createSession ${session(1)} timeout 6000 ms`,
      `create /e0000000000 (ephemeral, owner ${session(1)})`,
      'create /e0000000001',
    ]);
    expect(() => asZkTxn({ kind: 'write' })).toThrow(/not a data-tree txn/);
  });
});

describe('closeSession and in-flight re-creates (found by a property test, seed 386086443)', () => {
  it("an ephemeral deleted and re-created as persistent in flight is not the closing session's any more", async () => {
    const { emptyDataTree, applyTxn } = await import('./dataTree');
    const { emptyPrepState, prepRequest } = await import('./prepRequest');
    const tree = emptyDataTree();
    const prep = emptyPrepState();
    let n = 0;
    const z = () => ({ epoch: 1, counter: ++n });
    const s = '0x1',
      t = '0x2';
    for (const id of [s, t])
      applyTxn(
        tree,
        prepRequest(tree, prep, { type: 'createSession', sessionId: id, timeoutMs: 6000 }, z()),
        { epoch: 1, counter: n },
      );
    applyTxn(
      tree,
      prepRequest(
        tree,
        prep,
        { type: 'create', sessionId: s, path: '/a', data: '', mode: 'ephemeral' },
        z(),
      ),
      { epoch: 1, counter: n },
    );
    // In flight, not applied yet: delete /a, re-create it as persistent by t, give it a child.
    const inFlight = [
      prepRequest(tree, prep, { type: 'delete', sessionId: t, path: '/a', version: -1 }, z()),
      prepRequest(
        tree,
        prep,
        { type: 'create', sessionId: t, path: '/a', data: '', mode: 'persistent' },
        z(),
      ),
      prepRequest(
        tree,
        prep,
        { type: 'create', sessionId: t, path: '/a/p', data: '', mode: 'persistent' },
        z(),
      ),
    ];
    const close = prepRequest(tree, prep, { type: 'closeSession', sessionId: s }, z());
    expect(close).toEqual({ type: 'closeSession', sessionId: s, paths: [] });
    let c = n - inFlight.length - 1;
    for (const txn of [...inFlight, close]) applyTxn(tree, txn, { epoch: 1, counter: ++c });
    expect(Object.keys(tree.nodes).sort()).toEqual(['/', '/a', '/a/p']);
  });
});
