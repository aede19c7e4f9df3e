/**
 * Pure helpers of the ZooKeeper strip: the countdown to a session's expiry as a function of the
 * display time (rendering is a function of frame and display time, so stepping back counts back
 * up), and each membership event as an i18n key with its parameters.
 */
import type { LabZkEventView } from '../../../protocol/frame';
import type { MessageKey } from '../../i18n/en';
import type { MessageParams } from '../../i18n/t';

/**
 * Tenths of a second left until `expiresAtMs`, rounded up, never below 0: "3.2 s" means at most
 * 3.2 s remain, and the text reads 0.0 only at the expiry itself.
 */
export function tenthsLeft(expiresAtMs: number, displayMs: number): number {
  return Math.max(0, Math.ceil((expiresAtMs - displayMs) / 100));
}

/** "3.2" for 32 tenths. */
export function formatTenths(tenths: number): string {
  return (tenths / 10).toFixed(1);
}

/** Whole seconds left, rounded up: the calmer figure for an accessible name. */
export function wholeSeconds(tenths: number): number {
  return Math.ceil(tenths / 10);
}

/** The countdown bar's length: the share of the session timeout still left, in [0, 1]. */
export function countdownFraction(
  expiresAtMs: number,
  displayMs: number,
  timeoutMs: number | null,
): number {
  if (timeoutMs === null || timeoutMs <= 0) return 0;
  return Math.max(0, Math.min(1, (expiresAtMs - displayMs) / timeoutMs));
}

/** Simulated time as the scrubber writes it: seconds with milliseconds, "26.007". */
export function formatAt(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** An event as an i18n key and its parameters (session ids whole, as ZooKeeper's logs print them). */
export function eventMessage(e: LabZkEventView): { key: MessageKey; params: MessageParams } {
  const base = { id: e.backend, session: e.session ?? '', sid: e.sid ?? '' };
  switch (e.kind) {
    case 'killed':
    case 'restarted':
    case 'added':
    case 'removed':
    case 'expired':
    case 'closed':
    case 'created':
    case 'deleted':
    case 'watch':
      return { key: `zk.event.${e.kind}`, params: base };
    case 'view':
      return e.view && e.view.length > 0
        ? { key: 'zk.event.view', params: { view: e.view.join(', ') } }
        : { key: 'zk.event.viewEmpty', params: {} };
  }
}

/** The class that tells the event's side apart (the shape and words carry it too, not colour alone). */
export function eventSide(e: LabZkEventView): 'action' | 'zookeeper' | 'balancer' {
  if (e.kind === 'watch' || e.kind === 'view') return 'balancer';
  if (e.kind === 'killed' || e.kind === 'restarted' || e.kind === 'added' || e.kind === 'removed')
    return 'action';
  return 'zookeeper';
}
