/**
 * A steady write load: `writesPerSec` client writes to one znode, spread round-robin over the
 * servers, from the first second for `seconds` simulated seconds (the run ends with the last one).
 * The benchmarks and the retention census's test run it; it is the simplest workload whose state
 * grows with every committed write.
 */
import type { ResolvedScenario } from '../scenario/types';
import { validateScenario } from '../scenario/validate';

export interface WriteLoad {
  servers: number;
  writesPerSec: number;
  seconds: number;
  seed?: number;
  /** Extra ensemble fields (snapCount, snapRetainCount, commitLogCount...) for long-run tests. */
  ensemble?: Record<string, unknown>;
}

export function writeLoadScenario({
  servers,
  writesPerSec,
  seconds,
  seed = 1,
  ensemble = {},
}: WriteLoad): ResolvedScenario {
  const gap = 1000 / writesPerSec;
  const actions = Array.from({ length: Math.round(writesPerSec * seconds) }, (_, i) => ({
    atMs: 1000 + Math.floor(i * gap),
    do: 'write',
    via: (i % servers) + 1,
    path: '/bench',
    data: String(i),
  }));
  const v = validateScenario({
    version: 1,
    seed,
    untilMs: 1000 + seconds * 1000,
    ensemble: { ...ensemble, servers },
    actions,
  });
  if (!v.ok) throw new Error(`writeLoadScenario: ${v.error}`);
  return v.scenario;
}
