// Proves the message labels: a Notification shows its vote, broadcast packets their zxid, and
// every other packet its ZooKeeper type; a message's accessible name says its kind, zxid and ends.
import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../i18n/en';
import { loadLocale, t, type Locale } from '../i18n/t';
import type { MessageParams } from '../i18n/t';
import { messageLabel, messageName } from './messageLabel';

const translator = (locale: Locale) => (key: MessageKey, params?: MessageParams) =>
  t(locale, key, params);

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

describe('messageName', () => {
  it('names a packet with its hex zxid and its ends, in English and Chinese', async () => {
    await loadLocale('zh-CN');
    const m = { kind: 'PROPOSAL', zxid: { epoch: 1, counter: 1 }, from: 5, to: 2 };
    expect(messageName(m, translator('en'))).toBe('PROPOSAL 0x100000001 from S5 to S2');
    expect(messageName(m, translator('zh-CN'))).toBe('从 S5 发往 S2 的 PROPOSAL 0x100000001');
  });
  it('names a message without a zxid by its kind', () => {
    expect(messageName({ kind: 'Notification', from: 1, to: 3 }, translator('en'))).toBe(
      'Notification from S1 to S3',
    );
  });
});
