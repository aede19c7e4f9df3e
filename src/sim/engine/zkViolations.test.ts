/**
 * Proves that the ZooKeeper layer's violations carry typed parameters, one shape per invariant,
 * and that the English detail the CLI prints is rendered from them (zkViolationDetail) with the
 * words the sites used to write by hand, so a recorded trace's detail text is unchanged. The two
 * client invariants are broken for real: a forged watch event and a reply from the past are
 * delivered to a connected client of a running scenario.
 */
import { describe, expect, it } from 'vitest';
import type { ClientMessage } from '../client/clientMessages';
import { zkViolationDetail, type ZkViolation } from '../client/zkViolations';
import { run } from '../scenarios/harness';
import { formatZxid, ZXID_ZERO } from '../zab/zxid';
import { deliverToClient } from './clients';
import { buildReport } from './report';

const SCENARIO = {
  version: 1,
  seed: 5,
  untilMs: 8000,
  ensemble: { servers: 3 },
  clients: [
    {
      id: 'c1',
      connect: [1, 2, 3],
      sessionTimeoutMs: 6000,
      recipe: { kind: 'register', path: '/svc', data: 'a:80' },
    },
  ],
};

function connected() {
  const r = run(SCENARIO);
  expect(r.report.violations).toEqual([]);
  const c = r.sim.world.clients[0]!.client;
  expect(c.conn).not.toBeNull();
  return { r, c };
}

describe('ZooKeeper-layer violations from a run', () => {
  it('WatchFiresOnce names the client, event type and path, in the world and the trace', () => {
    const { r, c } = connected();
    const m: ClientMessage = {
      kind: 'ZK_WATCH',
      conn: c.conn!,
      type: 'NodeDataChanged',
      path: '/nowhere',
      zxid: c.lastZxidSeen,
    };
    deliverToClient(r.sim, 0, c.server!, m);
    const v = r.sim.world.violations.at(-1)!;
    expect(v.invariant).toBe('WatchFiresOnce');
    expect(v.params).toEqual({ client: 'c1', type: 'NodeDataChanged', path: '/nowhere' });
    expect(v.detail).toBe(
      'client c1 got NodeDataChanged for /nowhere without holding a watch there',
    );
    const ev = r.trace.at(-1)!;
    expect(ev).toMatchObject({ k: 'violation', invariant: 'WatchFiresOnce', p: v.params });
    // The report carries the same facts as data beside the sentence (SCENARIO-EXTENSIONS.md).
    expect(buildReport(r.sim).violations.at(-1)).toEqual({
      atMs: v.atMs,
      invariant: 'WatchFiresOnce',
      detail: 'client c1 got NodeDataChanged for /nowhere without holding a watch there',
      code: 'WatchFiresOnce',
      params: { client: 'c1', type: 'NodeDataChanged', path: '/nowhere' },
    });
  });

  it('ClientNeverGoesBack names what the client had seen and the older zxid it got', () => {
    const { r, c } = connected();
    const seen = formatZxid(c.lastZxidSeen);
    expect(seen).not.toBe('0x0');
    deliverToClient(r.sim, 0, c.server!, { kind: 'ZK_PONG', conn: c.conn!, zxid: ZXID_ZERO });
    const v = r.sim.world.violations.at(-1)!;
    expect(v.params).toEqual({ client: 'c1', seen, kind: 'ZK_PONG', from: c.server, zxid: '0x0' });
    expect(v.detail).toBe(`client c1 saw ${seen} and then a ZK_PONG from S${c.server} at 0x0`);
  });
});

describe('zkViolationDetail', () => {
  const cases: [ZkViolation, string][] = [
    [
      {
        invariant: 'ReadsArePrefixes',
        params: { sid: 2, applied: '0x100000003', delivered: '0x100000002' },
      },
      'S2 served a read holding txns up to 0x100000003 but has delivered up to 0x100000002',
    ],
    [
      {
        invariant: 'ClosedSessionLeavesNoEphemerals',
        params: { sid: 1, session: '0x1000000000001', paths: ['/a', '/b'] },
      },
      'S1: closed session 0x1000000000001 still owns /a, /b',
    ],
    [
      {
        invariant: 'EphemeralsHaveNoChildren',
        params: { sid: 3, path: '/e', children: ['x', 'y'] },
      },
      'S3: ephemeral /e has children x, y',
    ],
    [
      {
        invariant: 'SequentialSuffixesIncrease',
        params: { sid: 1, path: '/q', before: 4, after: 4 },
      },
      'S1: the child counter of /q went from 4 to 4',
    ],
  ];
  it.each(cases)('renders %j as the sentence the site used to write', (v, detail) => {
    expect(zkViolationDetail(v)).toBe(detail);
  });
});
