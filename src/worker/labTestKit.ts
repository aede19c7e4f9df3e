/**
 * For the worker's tests of the load-balancing lab: a scenario with a balancer (three voters,
 * `/services/api`, 6 s sessions unless overridden), a session opened on it as the app opens one,
 * and the lab part of the frame at a simulated time. Test-only: nothing in the app imports it.
 */
import type { LabView } from '../protocol/frame';
import type { ViewParams } from '../protocol/messages';
import { SimSession } from './session';

export const VIEW: ViewParams = { inspect: null, filter: { sids: [], cats: [] }, dropWindowMs: 20 };

/** A backend of the lab, 4 slots and a queue of 50 unless overridden. */
export function backend(id: string, meanServiceMs: number, over: object = {}) {
  return { id, meanServiceMs, slots: 4, queueMax: 50, ...over };
}

/** A scenario with the given balancer fields over the defaults; `top` overrides seed, untilMs. */
export function labScenario(balancer: object, top: { seed?: number; untilMs?: number } = {}) {
  return {
    version: 1,
    seed: top.seed ?? 7,
    untilMs: top.untilMs ?? 30000,
    ensemble: { servers: 3 },
    balancer: { service: '/services/api', sessionTimeoutMs: 6000, ...balancer },
  };
}

export function openSession(scenario: unknown, commands: unknown = []): SimSession {
  const r = SimSession.load(scenario, commands, null, () => 0);
  if (!r.ok) throw new Error(r.error);
  return r.session;
}

/** Runs to `ms` (or stays, when the session is already there) and returns the frame's lab. */
export function labAt(s: SimSession, ms: number): LabView {
  s.advance(ms, null, Infinity);
  const lab = s.frame(1, ms, VIEW).lab;
  if (!lab) throw new Error('no lab in the frame');
  return lab;
}
