/**
 * Test kit for the lab's tests: a small balancer scenario (three servers, three 20 ms backends on
 * /services/api, 100 requests/s, a 6 s session timeout) with what each test varies, as the
 * format's input or validated.
 */
import type { ResolvedScenario } from '../scenario/types';
import { validateScenario } from '../scenario/validate';

export interface LabInputOptions {
  seed: number;
  untilMs: number;
  strategies: string[];
  actions?: unknown[];
  spares?: unknown[];
}

export function labInput(o: LabInputOptions): Record<string, unknown> {
  return {
    version: 1,
    seed: o.seed,
    untilMs: o.untilMs,
    ensemble: { servers: 3 },
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: 6000,
      strategies: o.strategies,
      backends: [
        { id: 'b1', meanServiceMs: 20 },
        { id: 'b2', meanServiceMs: 20 },
        { id: 'b3', meanServiceMs: 20 },
      ],
      traffic: { ratePerSec: 100 },
      actions: o.actions ?? [],
      ...(o.spares === undefined ? {} : { spares: o.spares }),
    },
  };
}

export function labScenario(o: LabInputOptions): ResolvedScenario {
  const v = validateScenario(labInput(o));
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}
