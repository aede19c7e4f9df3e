/**
 * The short label a message carries on screen: a Notification shows its vote (the proposed
 * leader, that leader's zxid as epoch:counter and its peerEpoch), a broadcast packet its zxid,
 * anything else its ZooKeeper packet type. Its accessible name says the rest (messageName).
 */
import type { MessageView } from '../../protocol/frame';
import { formatZxid } from '../../sim/vocabulary';
import type { MessageKey } from '../i18n/en';
import type { MessageParams } from '../i18n/t';

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

/**
 * The accessible name of a message in flight, as a person would say it: "PROPOSAL 0x100000001
 * from S5 to S2" (ZooKeeper's hex zxid, as its logs print it), or "Notification from S1 to S2".
 */
export function messageName(
  m: Pick<MessageView, 'kind' | 'zxid' | 'from' | 'to'>,
  t: (key: MessageKey, params?: MessageParams) => string,
): string {
  const ends = { kind: m.kind, from: m.from, to: m.to };
  return m.zxid ? t('msg.nameZxid', { ...ends, zxid: formatZxid(m.zxid) }) : t('msg.name', ends);
}
