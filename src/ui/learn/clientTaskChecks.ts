/**
 * "Your turn" on the client side (issue 16, chapters 6-8): tasks checked from the frame's clients
 * (sessions in the leader's tracker, recipes, lock observations), never from the buttons pressed.
 * Only what the learner did counts: the story's own freeze or crash is not the learner's work, so
 * each check asks for a client the learner disturbed (their timeline commands).
 */
import type { ClientView, ClientsView } from '../../protocol/clientsFrame';
import type { Frame } from '../../protocol/frame';

/** The learner's client commands so far: what they did to which client. */
export interface ClientAct {
  do: string;
  client: string;
}

/** Silences a client's session: a paused process, a process gone, or a cut network. */
const SILENCING = new Set(['client-freeze', 'client-crash', 'client-partition']);

export type ClientTaskCode =
  // not yet: the tools are the client's, below the ring
  | 'todoClient'
  | 'sessionExpired'
  | 'sessionClosing'
  | 'sessionWaiting'
  | 'clientAwake'
  | 'twoBelievers'
  | 'holderNotFrozen'
  | 'memberLeft'
  | 'memberStillListed'
  | 'memberWatchPending'
  | 'instanceNotCrashed';

export interface ClientTaskStatus {
  done: boolean;
  code: ClientTaskCode;
  params: Record<string, string | number>;
}

const todo: ClientTaskStatus = { done: false, code: 'todoClient', params: {} };

/** The clients the learner silenced, last first (the latest act is the one to talk about). */
function silenced(acts: readonly ClientAct[]): string[] {
  const ids = acts.filter((a) => SILENCING.has(a.do)).map((a) => a.client);
  return [...new Set(ids.reverse())];
}

function tracked(view: ClientsView, c: ClientView) {
  return view.tracker?.sessions.find((s) => s.sessionId === c.sessionId) ?? null;
}

/** Seconds left before the tracker's expiry bucket, rounded up (never below 0). */
function secondsLeft(frame: Frame, expiresAtMs: number): number {
  return Math.max(0, Math.ceil((expiresAtMs - frame.nowMs) / 1000));
}

/**
 * Chapter 6: silence a client past its session timeout. Done when the leader's tracker no longer
 * holds its session: the closeSession txn committed, and with it the ephemeral znodes went
 * (SessionTrackerImpl expires, PrepRequestProcessor turns it into closeSession).
 */
export function checkExpireSession(frame: Frame, acts: readonly ClientAct[]): ClientTaskStatus {
  const view = frame.clients;
  if (!view) return todo;
  for (const id of silenced(acts)) {
    const c = view.clients.find((x) => x.id === id);
    if (!c || c.sessionId === null) continue;
    const s = tracked(view, c);
    if (view.tracker && !s)
      return { done: true, code: 'sessionExpired', params: { client: id, session: c.sessionId } };
    if (s?.closing) return { done: false, code: 'sessionClosing', params: { client: id } };
    const quiet = c.frozen || c.state === 'CRASHED' || c.state === 'DISCONNECTED';
    if (s && quiet)
      return {
        done: false,
        code: 'sessionWaiting',
        params: { client: id, seconds: secondsLeft(frame, s.expiresAtMs) },
      };
    if (s) return { done: false, code: 'clientAwake', params: { client: id } };
  }
  return todo;
}

/**
 * Chapter 7: two clients believe they hold one lock, one of them a client the learner froze (or
 * cut off): the observation the engine reports (engine/lockBelievers.ts).
 */
export function checkTwoBelievers(frame: Frame, acts: readonly ClientAct[]): ClientTaskStatus {
  const view = frame.clients;
  if (!view) return todo;
  const mine = silenced(acts);
  for (const o of view.observations) {
    const stale = o.believers.find((b) => mine.includes(b.client));
    if (stale) {
      const other = o.believers.find((b) => b.client !== stale.client);
      return {
        done: true,
        code: 'twoBelievers',
        params: { client: stale.client, other: other?.client ?? '', path: o.path },
      };
    }
  }
  const holder = view.clients.find((c) => c.recipe?.kind === 'lock' && c.recipe.holding);
  if (holder && mine.length > 0 && !mine.includes(holder.id))
    return { done: false, code: 'holderNotFrozen', params: { client: holder.id } };
  const waiting = mine
    .map((id) => view.clients.find((c) => c.id === id))
    .find((c) => c && c.recipe?.holding && tracked(view, c));
  if (waiting) {
    const s = tracked(view, waiting);
    return {
      done: false,
      code: 'sessionWaiting',
      params: { client: waiting.id, seconds: s ? secondsLeft(frame, s.expiresAtMs) : 0 },
    };
  }
  return todo;
}

/**
 * Chapter 8: crash a registered instance and see the balancer (a discover client) drop it. Until
 * the session expires the instance stays listed: the window in which the balancer sends
 * requests into a black hole.
 */
export function checkMemberLeaves(frame: Frame, acts: readonly ClientAct[]): ClientTaskStatus {
  const view = frame.clients;
  if (!view) return todo;
  const balancers = view.clients.filter((c) => c.recipe?.kind === 'discover');
  const crashed = acts.filter((a) => a.do === 'client-crash').map((a) => a.client);
  for (const id of [...crashed].reverse()) {
    const c = view.clients.find((x) => x.id === id);
    if (!c || c.recipe?.kind !== 'register') continue;
    const balancer = balancers[0]?.id ?? '';
    const s = tracked(view, c);
    // Dead but its session lives: its znode stays, so balancers keep sending it requests.
    if (s || !view.tracker)
      return {
        done: false,
        code: 'memberStillListed',
        params: { client: id, balancer, seconds: s ? secondsLeft(frame, s.expiresAtMs) : 0 },
      };
    const listing = balancers.find((b) => b.recipe?.members.includes(id));
    if (listing)
      return {
        done: false,
        code: 'memberWatchPending',
        params: { client: id, balancer: listing.id },
      };
    return { done: true, code: 'memberLeft', params: { client: id } };
  }
  const other = silenced(acts).find((id) => {
    const c = view.clients.find((x) => x.id === id);
    return c?.recipe?.kind === 'register';
  });
  if (other) return { done: false, code: 'instanceNotCrashed', params: { client: other } };
  return todo;
}
