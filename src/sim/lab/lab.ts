/**
 * The load-balancing lab inside the kernel loop (SCENARIO.md "The load-balancing lab"): the
 * shared request stream as kernel events, every strategy fed the identical request at the same
 * instant, completions as kernel events, the membership learned only from the balancer's discover
 * recipe, and the balancer actions.
 *
 * Traffic starts when the balancer's view first holds a backend: the application waits for its
 * service discovery to find an instance before it sends anything (as code on Curator's
 * ServiceProvider does), so a run does not open with requests failed for lack of a backend while
 * the ensemble elects its first leader. From then on a strategy whose view is empty fails the
 * request (there is nothing to pick).
 *
 * Nothing per request is traced (a run has hundreds of thousands); membership changes, backend
 * kills and the other balancer actions are. Each strategy's last decision, with its explanation,
 * stays in its run for the app.
 */
import type { ExtensionEffects } from '../engine/extension';
import { SimAssertionError } from '../kernel/assert';
import type { ResolvedBalancerAction } from '../scenario/types';
import { prngFor } from '../kernel/prng';
import { recordOffered, recordOutcome } from '../lb/metrics';
import { strategyFor } from '../lb/strategies/index';
import { createTraffic, nextRequest, type LbRequest } from '../lb/traffic';
import { compareIds, type Outcome } from '../lb/types';
import { RECENT_PICKS, type LabEvent, type LabState, type StrategyRun } from './labTypes';
import { labLogText, type LabLogData } from './logCodes';
import { membershipChanges, sameView } from './membership';
import { admit, complete, failAllOn, type PoolHost } from './pool';
import { noteBackendAction } from './zkSide';
import type { ActionNoop } from '../trace/traceEvent';

/** What the lab does to the run: through the engine's extension effects only. */
export type LabEffects = ExtensionEffects<LabEvent>;

function poolHost(fx: LabEffects): PoolHost {
  const nowMs = fx.world.nowMs;
  return {
    nowMs,
    scheduleDone: (atMs, run, backend, job, inc) =>
      fx.schedule(atMs, { kind: 'done', run, backend, job, inc }),
    finish: (run, outcome) => finish(run, outcome, nowMs),
  };
}

function finish(run: StrategyRun, outcome: Outcome, nowMs: number): void {
  if (outcome.backend !== '') run.state = strategyFor(run.id).observe(run.state, outcome, nowMs);
  recordOutcome(run.metrics, outcome, nowMs);
}

function scheduleNextArrival(fx: LabEffects, lab: LabState): void {
  if (lab.traffic === null) return;
  const { request } = nextRequest(lab.traffic);
  fx.schedule(request.atMs, { kind: 'arrival', request });
}

/** An arrival: every strategy gets the same request now; then the next arrival is scheduled. */
export function labArrival(fx: LabEffects, lab: LabState, request: LbRequest): void {
  const w = fx.world;
  const host = poolHost(fx);
  for (let r = 0; r < lab.runs.length; r++) {
    const run = lab.runs[r] as StrategyRun;
    recordOffered(run.metrics, w.nowMs);
    if (lab.view.length === 0) {
      finish(run, { backend: '', latencyMs: 0, ok: false, kind: 'failed' }, w.nowMs);
      continue;
    }
    const pick = strategyFor(run.id).pick(run.state, { key: request.key }, run.rng, w.nowMs);
    run.state = pick.state;
    if (run.recentPicks.length >= RECENT_PICKS) run.recentPicks.shift();
    run.recentPicks.push({
      atMs: w.nowMs,
      request: request.id,
      key: request.key,
      backend: pick.backend,
      why: pick.why,
    });
    const k = lab.backends.findIndex((b) => b.spec.id === pick.backend);
    admit(host, lab.runs, r, lab.backends, k, {
      id: request.id,
      arrivedMs: request.atMs,
      work: request.work,
    });
  }
  scheduleNextArrival(fx, lab);
}

export function labDone(
  fx: LabEffects,
  lab: LabState,
  ev: Extract<LabEvent, { kind: 'done' }>,
): void {
  complete(poolHost(fx), lab.runs, ev.run, lab.backends, ev.backend, ev.job, ev.inc);
}

/**
 * After every step of a client: if it is the balancer's and its discover recipe's members
 * changed, every strategy gets the new view at this same instant. Names under the service that
 * are not backends of the lab (a scenario client registering there) are left out of the view:
 * the lab has no backend to send them anything.
 */
export function labClientStepped(fx: LabEffects, lab: LabState, index: number): void {
  const w = fx.world;
  if (index !== lab.balancerClient) return;
  const members = w.clients[index]?.recipe?.members ?? [];
  const known = (id: string) => lab.backends.some((b) => b.present && b.spec.id === id);
  const view = members.filter(known).sort(compareIds);
  if (sameView(view, lab.view)) return;
  applyView(fx, lab, view);
}

function applyView(fx: LabEffects, lab: LabState, view: string[]): void {
  const w = fx.world;
  const b = w.scenario.balancer!;
  const weightOf = (id: string) => lab.backends.find((x) => x.spec.id === id)?.spec.weight ?? 1;
  const changes = membershipChanges(lab.view, view, {
    atMs: w.nowMs,
    keyCount: b.traffic.keys.count,
    vnodes: b.vnodes,
    weightOf,
  });
  lab.membershipChanges.push(...changes);
  const members = view.map((id) => ({ id, weight: weightOf(id) }));
  for (const run of lab.runs) run.state = strategyFor(run.id).onMembership(run.state, members);
  lab.view = view;
  const node = w.clients[lab.balancerClient]!.node;
  const log = (data: LabLogData) =>
    fx.emit({ t: w.nowMs, e: w.events, k: 'log', sid: node, text: labLogText(data), data });
  for (const c of changes) {
    const f = c.keysMovedFraction;
    log({
      kind: 'lbMembership',
      change: c.kind,
      backend: c.backend,
      view: view.slice(),
      hashModMoved: f['hash-mod'] ?? null,
      consistentHashMoved: f['consistent-hash'] ?? null,
    });
  }
  if (lab.traffic === null && view.length > 0) {
    lab.traffic = createTraffic(b.traffic, prngFor(w.scenario.seed, 'lb:traffic'), w.nowMs);
    log({ kind: 'lbTraffic', ratePerSec: b.traffic.ratePerSec });
    scheduleNextArrival(fx, lab);
  }
}

/**
 * A balancer action as the timeline receives it from a person: like the scenario's, except that
 * add-backend names a spare by its id (its spec is in the lab's layout).
 */
export type LabCommand =
  ResolvedBalancerAction | { atMs: number; do: 'add-backend'; backend: string };

/** balancer.actions[index], applied at its atMs (a script entry). */
export function applyLabAction(fx: LabEffects, lab: LabState, index: number): void {
  applyBalancerAction(fx, lab, fx.world.scenario.balancer!.actions[index]!);
}

/**
 * One balancer action, from the scenario or from the user (a timeline command). A backend named
 * by a user command must be one the world knows (a scenario backend, or one added by an action).
 */
export function applyBalancerAction(fx: LabEffects, lab: LabState, a: LabCommand): void {
  const w = fx.world;
  const id = typeof a.backend === 'string' ? a.backend : a.backend.id;
  const k = lab.backends.findIndex((b) => b.spec.id === id);
  if (k < 0) throw new SimAssertionError(`${a.do}: no backend ${id}`);
  const b = lab.backends[k]!;
  const client = w.clients[b.client]!;
  const note = (text: string, noop: ActionNoop | null, factor?: number) =>
    fx.emit({
      t: w.nowMs,
      e: w.events,
      k: 'action',
      text,
      data: { do: a.do, backend: id, noop, ...(factor === undefined ? {} : { factor }) },
    });
  // A spare that was never added has no process to act on (scenario validation lets actions name
  // spares, so a command may reach one before its add-backend).
  if (!b.present && a.do !== 'add-backend')
    return note(`${a.do} ${id}: not added yet`, 'not-added');
  const zk = (what: 'client-crash' | 'client-restart') =>
    fx.clientAction({ atMs: w.nowMs, do: what, client: client.client.id });
  switch (a.do) {
    case 'kill-backend': {
      if (!b.alive) return note(`kill-backend ${id}: already dead`, 'already-dead');
      note(`kill-backend ${id}: the process dies; its znode stays until its session expires`, null);
      noteBackendAction(w, lab, 'killed', id, client.client.sessionId);
      b.alive = false;
      b.incarnation++;
      const host = poolHost(fx);
      for (const run of lab.runs) failAllOn(host, run, b, k);
      return zk('client-crash');
    }
    case 'restart-backend':
      if (b.alive && !b.removed)
        return note(`restart-backend ${id}: already running`, 'already-running');
      note(`restart-backend ${id}: a new process, a new session, registered again`, null);
      noteBackendAction(w, lab, 'restarted', id, null);
      b.alive = true;
      b.removed = false;
      if (client.up) zk('client-crash'); // a removed backend's process was still up, its session closed
      return zk('client-restart');
    case 'slow-backend':
      note(
        `slow-backend ${id}: services starting from now take ${a.factor}x as long`,
        null,
        a.factor,
      );
      b.slowFactor = a.factor;
      return;
    case 'add-backend':
      if (b.present) return note(`add-backend ${id}: already added`, 'already-added');
      note(`add-backend ${id}: starts and registers`, null);
      noteBackendAction(w, lab, 'added', id, null);
      b.present = true;
      b.alive = true;
      b.addedAtMs = w.nowMs;
      return fx.startClient(b.client);
    case 'remove-backend':
      if (b.removed) return note(`remove-backend ${id}: already removed`, 'already-removed');
      note(
        `remove-backend ${id}: closes its session (its znode goes at once), finishes what it holds, takes nothing new`,
        null,
      );
      b.removed = true;
      noteBackendAction(w, lab, 'removed', id, client.client.sessionId);
      if (client.up) fx.submit(b.client, { op: 'close-session' });
      return;
  }
}
