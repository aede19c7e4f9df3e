/**
 * parseSrvr reads the mode and the lastProcessedZxid from ZooKeeper 3.8's `srvr` answer, as
 * printed by a real leader, and reports no mode for a server that is not serving.
 */
import { describe, expect, it } from 'vitest';
import { parseSrvr } from './fourLetter';

const LEADER = `Zookeeper version: 3.8.0-\${mvngit.commit.id}, built on 2024-12-29 17:54 UTC
Latency min/avg/max: 0/0.0/0
Received: 1
Sent: 0
Connections: 1
Outstanding: 0
Zxid: 0x100000000
Mode: leader
Node count: 5
Proposal sizes last/min/max: -1/-1/-1
`;

describe('parseSrvr', () => {
  it('reads a leader', () => {
    expect(parseSrvr(LEADER)).toMatchObject({
      mode: 'leader',
      zxid: '0x100000000',
      proposalSizes: '-1/-1/-1',
    });
  });
  it('reads a zxid of 0 as 0x0, the way ZooKeeper logs it', () => {
    expect(
      parseSrvr(LEADER.replace('0x100000000', '0x0').replace('leader', 'follower')),
    ).toMatchObject({
      mode: 'follower',
      zxid: '0x0',
    });
  });
  it('gives no mode for a server that is not serving', () => {
    expect(parseSrvr('This ZooKeeper instance is not currently serving requests\n')).toMatchObject({
      mode: null,
      zxid: null,
    });
  });
});
