/**
 * lock-acquire and lock-release (issue 15, "acquire and release the lock by click"): the client's
 * application calls the lock recipe's acquire or release, as a program would call Curator's
 * InterProcessMutex. The recipe does the ZooKeeper calls; this file only decides whether the call
 * can happen now and records the action in the trace, with a code when it changes nothing.
 */
import { newRecipeState, acquireLock, releaseLock, wantsLock } from '../client/recipes';
import { submit } from '../client/clientProcess';
import type { LockAcquireAction, LockReleaseAction } from '../scenario/types';
import type { ActionNoop } from '../trace/traceEvent';
import { assert } from '../kernel/assert';
import { clientIndex, clientPort } from './clients';
import { isPaused } from './clientPause';
import type { ClientEffects } from './effects';
import type { ClientRecord } from './world';

function why(rec: ClientRecord): ActionNoop | null {
  if (!rec.up) return 'not-running';
  if (isPaused(rec)) return 'frozen';
  return null;
}

export function applyLockAction(
  sim: ClientEffects,
  a: LockAcquireAction | LockReleaseAction,
): void {
  const w = sim.world;
  const index = clientIndex(w, a.client);
  // Validation and the app name declared clients only; anything else is a caller's bug.
  assert(index >= 0, () => `${a.do}: no client ${JSON.stringify(a.client)}`);
  const rec = w.clients[index] as ClientRecord;
  const client = a.client;
  const path = a.do === 'lock-acquire' ? a.path : (rec.recipe?.recipe.path ?? null);
  const note = (noop: ActionNoop | null, holding?: boolean) =>
    sim.emit({
      t: w.nowMs,
      e: w.events,
      k: 'action',
      text: `${a.do} ${client}${path !== null ? ' ' + path : ''}${noop !== null ? ': ' + noop : ''}`,
      data: { do: a.do, client, path, noop, ...(holding !== undefined && { holding }) },
    });
  const port = clientPort(sim, index);
  const api = {
    nowMs: w.nowMs,
    call: (op: Parameters<typeof submit>[1]) => submit(rec.client, op, port),
    setTimer: (delayMs: number) => port.setTimer('client.recipe', delayMs),
  };
  const stopped = why(rec);
  if (stopped !== null) return note(stopped);
  if (a.do === 'lock-release') {
    const state = rec.recipe;
    if (!state || !wantsLock(state)) return note('not-queued');
    const holding = state.holding;
    note(null, holding);
    // A release by click ends the recipe's own hold timer too: the lock is not held any more.
    port.cancelTimer('client.recipe');
    releaseLock(state, api);
    return sim.afterClientStep(index, null);
  }
  const r = rec.recipe?.recipe;
  if (r && (r.kind !== 'lock' || r.path !== a.path)) return note('other-recipe');
  if (rec.client.status !== 'CONNECTED') return note('not-connected');
  if (rec.recipe && wantsLock(rec.recipe)) return note('already-queued');
  note(null);
  if (!rec.recipe) {
    // A client with no recipe runs the lock recipe from now on; its set-up is this acquire, in
    // the session it has now (so a later new session does not queue again unless asked).
    rec.recipe = {
      ...newRecipeState({ kind: 'lock', path: a.path, holdMs: 0 }),
      sessionId: rec.client.sessionId,
      status: rec.client.status,
    };
  }
  port.cancelTimer('client.recipe');
  acquireLock(rec.recipe, api);
  sim.afterClientStep(index, null);
}
