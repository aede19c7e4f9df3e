/**
 * Spares: backends a person adds while the run plays. A spare's ZooKeeper client is dormant until
 * an add-backend names it; then it registers, the balancer's watch fires, and every strategy sees
 * it at once. Adding by command equals adding by a scenario action naming the spare, and both
 * replay exactly after a seek. The validator names what is wrong with a bad spare or add.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../engine/report';
import { validateScenario } from '../scenario/validate';
import { Timeline } from '../timeline/timeline';
import { labOf } from './labExtension';
import { labInput } from './labTestKit';

function input(actions: unknown[], spares: unknown[] = [{ id: 'b4', meanServiceMs: 20 }]) {
  return labInput({
    seed: 5,
    untilMs: 20000,
    strategies: ['round-robin', 'consistent-hash'],
    actions,
    spares,
  });
}

function scenario(actions: unknown[]) {
  const v = validateScenario(input(actions));
  if (!v.ok) throw new Error(v.error);
  return v.scenario;
}

function errorOf(value: unknown): string {
  const v = validateScenario(value);
  return v.ok ? 'valid' : v.error;
}

function toEnd(tl: Timeline): void {
  while (tl.step()) {
    /* to the end */
  }
  tl.sim.runUntil(20000);
}

describe('spare backends', () => {
  it('stay out of the pool until added', () => {
    const tl = new Timeline(scenario([]), { keepTrace: false });
    toEnd(tl);
    const report = buildReport(tl.sim).balancer!;
    expect(report.strategies[0]!.backends.map((b) => b.id)).toEqual(['b1', 'b2', 'b3']);
    expect(labOf(tl.sim.world)!.view).toEqual(['b1', 'b2', 'b3']);
  });

  it('an add-backend command registers the spare, equal to the scheduled add, and replays exactly', () => {
    const scheduled = new Timeline(scenario([{ atMs: 8000, do: 'add-backend', backend: 'b4' }]), {
      keepTrace: false,
    });
    toEnd(scheduled);
    const byHand = new Timeline(scenario([]), { keepTrace: false, checkpointEvery: 500 });
    while (byHand.sim.nextDueMs() < 8000 && byHand.step()) {
      /* up to just before 8 s */
    }
    byHand.command({ atMs: 8000, do: 'add-backend', backend: 'b4' });
    toEnd(byHand);

    const lab = labOf(byHand.sim.world)!;
    expect(lab.view).toEqual(['b1', 'b2', 'b3', 'b4']);
    const added = lab.membershipChanges.find((c) => c.kind === 'added' && c.backend === 'b4')!;
    // Registration goes through ZooKeeper: the view changes after the add, not at it.
    expect(added.atMs).toBeGreaterThan(8000);
    expect(added.keysMovedFraction['consistent-hash']).toBeLessThan(0.45);
    expect(added.keysMovedFraction['hash-mod']).toBeGreaterThan(0.6);
    const served = buildReport(byHand.sim).balancer!.strategies[0]!.backends.find(
      (b) => b.id === 'b4',
    )!;
    expect(served.served).toBeGreaterThan(0);

    const expected = JSON.stringify(buildReport(scheduled.sim).balancer);
    expect(JSON.stringify(buildReport(byHand.sim).balancer)).toBe(expected);
    byHand.seek(100);
    byHand.seek(byHand.frontier);
    byHand.sim.runUntil(20000);
    expect(JSON.stringify(buildReport(byHand.sim).balancer)).toBe(expected);
  });

  it('acting on a spare before it is added, or adding it twice, changes nothing', () => {
    const tl = new Timeline(scenario([]), { keepTrace: true });
    while (tl.sim.nextDueMs() < 3000 && tl.step()) {
      /* a few seconds */
    }
    tl.command({ atMs: 3000, do: 'kill-backend', backend: 'b4' });
    tl.command({ atMs: 3000, do: 'add-backend', backend: 'b4' });
    tl.command({ atMs: 3000, do: 'add-backend', backend: 'b4' });
    toEnd(tl);
    const notes = tl.trace.flatMap((e) => (e.k === 'action' ? [e.text] : []));
    expect(notes).toContain('kill-backend b4: not added yet');
    expect(notes).toContain('add-backend b4: already added');
    expect(labOf(tl.sim.world)!.view).toEqual(['b1', 'b2', 'b3', 'b4']);
  });

  it('are refused with a message that names the field', () => {
    expect(errorOf(input([], [{ id: 'b2', meanServiceMs: 5 }]))).toMatch(
      /^balancer\.spares\[0\]\.id: .*"b2".* backends\[1\]/,
    );
    expect(errorOf(input([{ atMs: 1, do: 'add-backend', backend: 'b9' }]))).toMatch(
      /^balancer\.actions\[0\]\.backend: "b9" is not a spare \(spares: b4\)/,
    );
    expect(
      errorOf(
        input([
          { atMs: 1, do: 'add-backend', backend: 'b4' },
          { atMs: 2, do: 'add-backend', backend: 'b4' },
        ]),
      ),
    ).toMatch(/^balancer\.actions\[1\]\.backend: spare "b4" is already added at 1 ms/);
    expect(
      errorOf(input([{ atMs: 1, do: 'add-backend', backend: { id: 'b4', meanServiceMs: 5 } }])),
    ).toMatch(/^balancer\.actions\[0\]\.backend\.id: backend "b4" is a spare/);
  });
});
