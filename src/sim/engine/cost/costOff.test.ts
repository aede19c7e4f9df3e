// Proves issue 17's promise that the cost model is off by default: the trace hash of every preset
// and of the first sweep seeds, run with no cost section, equals the hash the engine gave before
// the cost model existed (pinned below from main at db01928, before any cost hook was added). A
// hook that drew one more random number, moved one event or traced one more line would fail here.
import { describe, expect, it } from 'vitest';
import { allPresets, buildReport, createSimulation, validateScenario } from '../../index';
import { swarmPlan } from '../../sweep/swarm';
import type { Scenario } from '../../scenario/types';

const PINNED: Record<string, string> = {
  'preset:playground': '3141c8719b574d43',
  'preset:cold-start': '209dd1470984c036',
  'preset:staggered-start': '278446d68cfc9b90',
  'preset:higher-zxid-wins': '0e712f1759824f3e',
  'preset:snap-synced-wins': '6a4b1df8907b76cd',
  'preset:higher-epoch-wins': '01d1c285c464d904',
  'preset:failed-write-committed': '96c9272ab40240a0',
  'preset:follower-crash-restart': 'a4d6ce5a5d83584f',
  'preset:leader-crash': 'c354133edf18d8e2',
  'preset:silent-leader-failure': 'ffb1703a1356b33a',
  'preset:leader-isolated': '684f45a495e1b6d4',
  'preset:minority-partition': '18f772cd035d5d8d',
  'preset:no-quorum': '6a57191184cec761',
  'preset:observers-do-not-vote': '75f74b4ea2c9f230',
  'preset:discovery-timeout': 'd789b1124530182e',
  'preset:session-expiry-discovery': 'fed6df5df54d455d',
  'preset:session-failover': '219626652c9a1071',
  'preset:sequence-numbers': '042c440259ef88b5',
  'preset:watch-semantics': '8244f5a8be2eb611',
  'preset:no-time-travel': '132516cc19012aca',
  'preset:round-catch-up': 'e625b959c340e051',
  'preset:recipe-lock': 'f61ff7bd95752d4c',
  'preset:recipe-lock-herd': '21ea8c7cf422f5b9',
  'preset:recipe-lock-frozen-holder': 'a8ba73ee63871358',
  'preset:recipe-config': 'd6c03d6e1c4aef6b',
  'preset:recipe-discovery': '85e67c8d02b2343c',
  'preset:recipe-app-election': '51145a49fd3b1775',
  'sweep:1': 'a70401ad98122ef3',
  'sweep:2': 'a8e3de0146b8c3e4',
  'sweep:3': 'b6be88499b4bf3e5',
  'sweep:4': 'a8caa9f246b87978',
  'sweep:5': 'de0280151aafa20d',
  'sweep:6': '8c86b3a5fe02aaa4',
  'sweep:7': '4ac18eff450c5260',
  'sweep:8': '18a2855212620645',
  'sweep:9': '0e461d4c2095fa08',
  'sweep:10': '4fc18691ea6c8404',
  'sweep:11': '17b24ceb12f14901',
  'sweep:12': 'fb59e8692befe2c8',
};

function hashOf(scenario: Scenario): string {
  const v = validateScenario(scenario);
  if (!v.ok) throw new Error(v.error);
  expect(v.scenario.cost).toBeUndefined();
  const sim = createSimulation(v.scenario);
  sim.runUntil(v.scenario.untilMs);
  expect(sim.world.cost).toBeUndefined();
  return buildReport(sim).traceHash;
}

describe('the cost model is off without a cost section', () => {
  it('pins every preset and the first 12 sweep seeds to their hashes from before the cost model', () => {
    const got: Record<string, string> = {};
    for (const p of allPresets()) got[`preset:${p.id}`] = hashOf(p.scenario);
    for (let seed = 1; seed <= 12; seed++) got[`sweep:${seed}`] = hashOf(swarmPlan(seed).scenario);
    expect(got).toEqual(PINNED);
  });

  it('treats "cost": null as absent', () => {
    const base = allPresets()[0]!.scenario;
    expect(hashOf({ ...base, cost: null })).toBe(hashOf(base));
  });
});
