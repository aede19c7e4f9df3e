import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../sim/scenario/types';
import { compareScenario } from '../compare/compareScenario';
import { exportScenario } from './exportScenario';

describe('export with balancer commands', () => {
  it('writes backend commands into the balancer actions and the others into actions', () => {
    const s: Scenario = compareScenario(['round-robin', 'p2c']);
    const out = exportScenario(s, [
      { atEvent: 5, action: { atMs: 900, do: 'crash', sid: 1 } },
      { atEvent: 9, action: { atMs: 1000, do: 'kill-backend', backend: 'b3' } },
    ]);
    expect(out.actions).toEqual([{ atMs: 900, do: 'crash', sid: 1 }]);
    expect(out.balancer?.actions?.at(-1)).toEqual({
      atMs: 1000,
      do: 'kill-backend',
      backend: 'b3',
    });
    expect(out.balancer?.actions).toHaveLength(2);
  });
});
