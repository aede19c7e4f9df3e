/**
 * The accessible name of a server card, which also tells a screen-reader user what the card
 * shows: "Server 5, LEADING, epoch 1, broadcast". It always starts with "Server <sid>" and holds
 * ZooKeeper's state word (the e2e tests and assistive technology rely on both).
 */
import type { ServerView } from '../../protocol/frame';
import type { MessageKey } from '../i18n/en';
import type { MessageParams } from '../i18n/t';

export function serverLabel(
  s: ServerView,
  t: (key: MessageKey, params?: MessageParams) => string,
  backers = 0,
  quorum = 0,
): string {
  // A replayed server whose logs say nothing yet: unknown, with why (never a guessed state).
  if (s.real && s.notStarted)
    return [t('viz.server', { sid: s.sid }), t(`replay.status.${s.real.status}`)].join(
      t('a11y.sep'),
    );
  const parts = [t('viz.server', { sid: s.sid }), s.state];
  if (s.state === 'LOOKING' && s.vote) parts.push(t('a11y.votesFor', { leader: s.vote.leader }));
  if (s.state === 'LOOKING' && backers > 0) parts.push(t('a11y.tally', { count: backers, quorum }));
  else if (s.state !== 'DOWN') parts.push(t('a11y.epoch', { epoch: s.currentEpoch }));
  if (s.phase && s.state !== 'LOOKING') parts.push(t(`phase.${s.phase}`));
  if (s.frozen) parts.push(t('a11y.frozen'));
  if (s.real?.status === 'unreachable') parts.push(t('replay.status.unreachable'));
  return parts.join(t('a11y.sep'));
}
