/**
 * The same steps in the simulator: a RealScenario becomes a scenario file (shared/SCENARIO.md)
 * with every step at its own simulated time, far enough apart that the simulated ensemble has
 * settled before each checkpoint. Pure, so the agreement test runs exactly this translation.
 */
import type { RealScenario } from './spec';

/** Between two steps that are not checkpoints (a real harness does them within seconds too). */
export const STEP_GAP_MS = 1000;
/**
 * From the last step to a checkpoint. The slowest thing a checkpoint waits for is a frozen
 * leader: syncLimit x tickTime = 10 s of silence, then an election and a sync, well under 30 s.
 */
export const SETTLE_MS = 30_000;
/** Between a client's requests in a write step; they queue in order either way. */
export const WRITE_OP_GAP_MS = 200;
/** The session timeout the write clients ask for (zkCli's default). */
export const WRITE_SESSION_TIMEOUT_MS = 30_000;

/** The session timeout of an expire-session step: minSessionTimeout, 2 x tickTime. */
export const EXPIRE_SESSION_TIMEOUT_MS = 4000;

/** The znode a write step creates: one per step, so steps never collide. */
export function writePath(stepIndex: number): string {
  return `/zabscope-w${stepIndex}`;
}

export interface SimTranslation {
  /** A scenario file as the runner accepts it (not yet validated). */
  scenario: Record<string, unknown>;
  /** Every checkpoint with the simulated time at which it is observed. */
  checkpoints: { name: string; atMs: number }[];
}

/**
 * zoo.cfg of the real ensemble: tickTime 2000, initLimit 10, syncLimit 5 (zoo_sample.cfg), which
 * are also the simulator's defaults; they are written out so the two cannot drift apart silently.
 */
export const TIMING = { tickTimeMs: 2000, initLimit: 10, syncLimit: 5 } as const;

export function toSimScenario(spec: RealScenario, seed: number): SimTranslation {
  let t = 0;
  const start: { sid: number; atMs: number }[] = [];
  const actions: Record<string, unknown>[] = [];
  const clients: Record<string, unknown>[] = [];
  const checkpoints: { name: string; atMs: number }[] = [];
  spec.steps.forEach((step, i) => {
    switch (step.do) {
      case 'start':
        start.push({ sid: step.sid, atMs: t });
        t += STEP_GAP_MS;
        break;
      case 'restart':
      case 'crash':
      case 'freeze':
      case 'unfreeze':
        actions.push({ atMs: t, do: step.do, sid: step.sid });
        t += STEP_GAP_MS;
        break;
      case 'write': {
        const id = `w${i}`;
        clients.push(client(id, step.via, t));
        const path = writePath(i);
        actions.push({ atMs: t + WRITE_OP_GAP_MS, do: 'create', client: id, path, data: '0' });
        for (let n = 1; n < step.count; n++)
          actions.push({
            atMs: t + (n + 1) * WRITE_OP_GAP_MS,
            do: 'set',
            client: id,
            path,
            data: String(n),
          });
        t += (step.count + 1) * WRITE_OP_GAP_MS;
        actions.push({ atMs: t, do: 'close-session', client: id });
        t += STEP_GAP_MS;
        break;
      }
      case 'uncommitted-session': {
        const id = `u${i}`;
        clients.push(client(id, step.via, t));
        t += STEP_GAP_MS;
        actions.push({ atMs: t, do: 'client-crash', client: id });
        t += STEP_GAP_MS;
        break;
      }
      case 'expire-session': {
        // A client that connects, then dies: the leader expires its session a timeout later.
        const id = `x${i}`;
        clients.push(client(id, step.via, t, EXPIRE_SESSION_TIMEOUT_MS));
        t += STEP_GAP_MS;
        actions.push({ atMs: t, do: 'client-crash', client: id });
        t += EXPIRE_SESSION_TIMEOUT_MS + STEP_GAP_MS;
        break;
      }
      case 'checkpoint':
        // The checkpoint's time is the last step's time plus SETTLE_MS; the next step comes
        // STEP_GAP_MS later so that it is not applied before the observation.
        t += SETTLE_MS - STEP_GAP_MS;
        checkpoints.push({ name: step.name, atMs: t });
        t += STEP_GAP_MS;
        break;
    }
  });
  const untilMs = checkpoints[checkpoints.length - 1]?.atMs ?? 0;
  // A server the scenario never starts starts after the end, i.e. never within the run.
  for (let sid = 1; sid <= spec.servers; sid++)
    if (!start.some((s) => s.sid === sid)) start.push({ sid, atMs: untilMs + 1 });
  start.sort((a, b) => a.sid - b.sid);
  return {
    scenario: {
      version: 1,
      seed,
      untilMs,
      title: spec.title,
      ensemble: { servers: spec.servers, ...TIMING, start },
      clients,
      actions,
    },
    checkpoints,
  };
}

function client(
  id: string,
  via: number,
  atMs: number,
  sessionTimeoutMs = WRITE_SESSION_TIMEOUT_MS,
): Record<string, unknown> {
  return { id, connect: [via], sessionTimeoutMs, startAtMs: atMs };
}
