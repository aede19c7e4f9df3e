/**
 * The short label a message carries on screen: a Notification shows its vote (the proposed
 * leader, that leader's zxid as epoch:counter and its peerEpoch), a broadcast packet its zxid,
 * anything else its ZooKeeper packet type.
 */
import type { MessageView } from '../../protocol/frame';

export function messageLabel(m: Pick<MessageView, 'kind' | 'vote' | 'zxid'>): string {
  if (m.kind === 'Notification' && m.vote) {
    return `S${m.vote.leader} (${m.vote.zxid.epoch}:${m.vote.zxid.counter}, e${m.vote.peerEpoch})`;
  }
  if (
    m.zxid &&
    (m.kind === 'PROPOSAL' || m.kind === 'ACK' || m.kind === 'COMMIT' || m.kind === 'INFORM')
  ) {
    return `${m.kind} ${m.zxid.epoch}:${m.zxid.counter}`;
  }
  return m.kind;
}
