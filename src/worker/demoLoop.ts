/**
 * The wiring check's "simulation": on every tick it draws one server from a seeded stream. It is
 * a stand-in until the ZAB simulation lands, kept pure (no timers, no worker globals) so Vitest
 * can run it in Node; sim.worker.ts only paces it and posts its frames.
 */
import { nextInt, prngFor, type Prng } from '../sim/kernel/prng';
import type { DemoFrame } from '../protocol/messages';

export interface DemoLoop {
  prng: Prng;
  frame: DemoFrame;
}

/** A loop over servers 1..servers whose draws depend only on the seed. */
export function createDemoLoop(seed: number, servers: number): DemoLoop {
  const sids = Array.from({ length: servers }, (_, i) => i + 1);
  return { prng: prngFor(seed, 'demo'), frame: { tick: 0, sids, pickedSid: 0 } };
}

/** Advances one tick and returns the new frame; the loop keeps it as its latest. */
export function stepDemoLoop(loop: DemoLoop): DemoFrame {
  const { sids, tick } = loop.frame;
  const pickedSid = nextInt(loop.prng, 1, sids.length);
  loop.frame = { tick: tick + 1, sids, pickedSid };
  return loop.frame;
}
