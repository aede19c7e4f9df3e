// Proves the message labels: a Notification shows its vote, broadcast packets their zxid, and
// every other packet its ZooKeeper type.
import { describe, expect, it } from 'vitest';
import { messageLabel } from './messageLabel';

describe('messageLabel', () => {
  it('shows a vote', () => {
    const vote = {
      leader: 5,
      zxid: { epoch: 1, counter: 6 },
      peerEpoch: 1,
      round: 2,
      state: 'LOOKING',
    };
    expect(messageLabel({ kind: 'Notification', vote })).toBe('S5 (1:6, e1)');
  });
  it('shows a zxid on PROPOSAL, ACK, COMMIT', () => {
    expect(messageLabel({ kind: 'PROPOSAL', zxid: { epoch: 2, counter: 3 } })).toBe('PROPOSAL 2:3');
    expect(messageLabel({ kind: 'ACK', zxid: { epoch: 2, counter: 3 } })).toBe('ACK 2:3');
  });
  it('shows the packet type otherwise', () => {
    expect(messageLabel({ kind: 'PING', zxid: { epoch: 1, counter: 0 } })).toBe('PING');
    expect(messageLabel({ kind: 'FOLLOWERINFO' })).toBe('FOLLOWERINFO');
  });
});
