/**
 * Sentences about clients from the frame's codes: the accessible name of a client chip, and the
 * time left before a session's expiry on the leader's tracker. Shared by the chips, the client
 * inspector and the tests.
 */
import type { ClientView, SessionTrackerView } from '../../../protocol/clientsFrame';
import type { MessageKey } from '../../i18n/en';
import type { MessageParams } from '../../i18n/t';
import { seconds } from '../../explain/reasons';

export type T = (key: MessageKey, params?: MessageParams) => string;

/** Whole seconds left (rounded up, never negative), as the accessible name says it: "4 s". */
export function timeLeft(untilMs: number, nowMs: number): string {
  const left = Math.max(0, untilMs - nowMs);
  return left >= 1000 ? `${Math.ceil(left / 1000)} s` : seconds(left);
}

/** "Client c2, CONNECTED to S3, session 0x100000000 expires in 4 s", and what else holds. */
export function clientLabel(
  c: ClientView,
  tracker: SessionTrackerView | null,
  nowMs: number,
  t: T,
): string {
  const session = c.sessionId;
  const tracked = session ? tracker?.sessions.find((s) => s.sessionId === session) : undefined;
  let base: string;
  if (session === null) base = t('clients.a11y.noSession', { id: c.id, state: c.state });
  else if (c.server === null || c.state !== 'CONNECTED')
    base = t('clients.a11y.noServer', { id: c.id, state: c.state, session });
  else if (tracked && !tracked.closing)
    base = t('clients.a11y.connected', {
      id: c.id,
      state: c.state,
      sid: c.server,
      session,
      left: timeLeft(tracked.expiresAtMs, nowMs),
    });
  else
    base = t('clients.a11y.connectedNoTracker', {
      id: c.id,
      state: c.state,
      sid: c.server,
      session,
    });
  const frozen = c.frozen ? t('clients.frozenSuffix') : '';
  const holding = c.recipe?.holding ? t('clients.holdingSuffix', { path: c.recipe.path }) : '';
  return base + frozen + holding;
}
