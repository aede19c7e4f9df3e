// Proves that each vocabulary declared once in a kinds.ts (issue 14 part 2) is the one its users
// read: the strategy registry holds exactly STRATEGY_IDS in their order and the validator accepts
// each of them and names them all when it refuses one; the validator accepts every balancer
// action kind and refuses one outside the list; the lab's event kinds are its actions followed by
// ZooKeeper's; and every kind of message between servers has a family.
import { describe, expect, it } from 'vitest';
import { BALANCER_ACTION_KINDS, LAB_ZK_EVENT_KINDS } from './lab/kinds';
import { KEY_AFFINE_STRATEGY_IDS, LOAD_AWARE_STRATEGY_IDS, STRATEGY_IDS } from './lb/kinds';
import { strategies } from './lb/strategies/index';
import { validateScenario } from './scenario/validate';
import { MESSAGE_FAMILY } from './zab/messages';
import { PEER_STATE_NAMES, SERVER_STATES } from './zab/kinds';

function scenario(strategy: string, action: Record<string, unknown>): unknown {
  return {
    version: 1,
    seed: 1,
    untilMs: 60000,
    ensemble: { servers: 3 },
    balancer: {
      service: '/services/api',
      sessionTimeoutMs: 6000,
      strategies: [strategy],
      backends: [
        { id: 'b1', meanServiceMs: 20 },
        { id: 'b2', meanServiceMs: 20 },
      ],
      spares: [{ id: 'b3', meanServiceMs: 20 }],
      traffic: { ratePerSec: 300 },
      actions: [{ atMs: 1000, backend: 'b1', ...action }],
    },
  };
}

function actionFor(kind: string): Record<string, unknown> {
  if (kind === 'slow-backend') return { do: kind, factor: 2 };
  if (kind === 'add-backend') return { do: kind, backend: 'b3' };
  return { do: kind };
}

describe('the strategy ids', () => {
  it('are exactly the registry, in display order, and every subset names only known ids', () => {
    expect(Object.keys(strategies)).toEqual([...STRATEGY_IDS]);
    for (const id of STRATEGY_IDS) expect(strategies[id].id).toBe(id);
    for (const id of [...KEY_AFFINE_STRATEGY_IDS, ...LOAD_AWARE_STRATEGY_IDS])
      expect(STRATEGY_IDS).toContain(id);
  });

  it('are each accepted by the validator, which names them all when it refuses another', () => {
    for (const id of STRATEGY_IDS) {
      const checked = validateScenario(scenario(id, actionFor('kill-backend')));
      expect(checked.ok, id).toBe(true);
    }
    const refused = validateScenario(scenario('fastest', actionFor('kill-backend')));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toContain(`(known: ${STRATEGY_IDS.join(', ')})`);
  });
});

describe('the balancer action kinds', () => {
  it('are each accepted by the validator, and a kind outside the list is refused', () => {
    for (const kind of BALANCER_ACTION_KINDS) {
      const checked = validateScenario(scenario('round-robin', actionFor(kind)));
      expect(checked.ok, kind).toBe(true);
    }
    expect(validateScenario(scenario('round-robin', { do: 'pause-backend' })).ok).toBe(false);
  });
});

describe('the other vocabularies', () => {
  it('put the balancer actions before what ZooKeeper did, without repeats', () => {
    expect(LAB_ZK_EVENT_KINDS.slice(0, 4)).toEqual(['killed', 'restarted', 'added', 'removed']);
    expect(new Set(LAB_ZK_EVENT_KINDS).size).toBe(LAB_ZK_EVENT_KINDS.length);
  });

  it('name every state of a running server, and DOWN besides', () => {
    expect(PEER_STATE_NAMES).toEqual([...SERVER_STATES, 'DOWN']);
  });

  it('give every message between servers a family, and client traffic none', () => {
    expect(MESSAGE_FAMILY.Notification).toBe('election');
    expect(MESSAGE_FAMILY.NEWLEADER).toBe('sync');
    expect(MESSAGE_FAMILY.PROPOSAL).toBe('broadcast');
    expect(Object.hasOwn(MESSAGE_FAMILY, 'ZK_CONNECT')).toBe(false);
    expect(Object.keys(MESSAGE_FAMILY)).toHaveLength(22);
  });
});
