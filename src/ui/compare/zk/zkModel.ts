/**
 * Pure helpers of the ZooKeeper strip: the countdown to a session's expiry as a function of the
 * display time (rendering is a function of frame and display time, so stepping back counts back
 * up), each membership event as an i18n key with its parameters, and when a dead backend's
 * failures are the black-hole effect.
 */
import { formatTime } from '../../player/timeText';
import type { LabZkEventView } from '../../../protocol/frame';
import { LOAD_AWARE_STRATEGY_IDS } from '../../../sim/vocabulary';
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
export const formatAt = formatTime;

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

/** Strategies that prefer the backend with the least outstanding work (or latency estimate). */
const LOAD_AWARE = new Set<string>(LOAD_AWARE_STRATEGY_IDS);

/** Failures below this are too few to call a pattern. */
const BLACK_HOLE_MIN = 20;

/**
 * The strategy a dead backend drew most failures from, when that is the black-hole effect: a
 * load-aware strategy (least connections, p2c, peak EWMA) with clearly more failures than the
 * strategy with fewest (1.5x or more, and at least 20). A dead backend refuses at once, so it
 * always looks idle and fast to such a strategy, which sends it more; round robin, random and
 * the hashes send it only its share. Null when no strategy stands out that way.
 */
export function blackHoleOf(failed: readonly { id: string; failed: number }[]): string | null {
  if (failed.length < 2) return null;
  let top = failed[0]!;
  let low = failed[0]!;
  for (const f of failed) {
    if (f.failed > top.failed) top = f;
    if (f.failed < low.failed) low = f;
  }
  if (!LOAD_AWARE.has(top.id) || top.failed < BLACK_HOLE_MIN) return null;
  return top.failed >= 1.5 * low.failed ? top.id : null;
}
