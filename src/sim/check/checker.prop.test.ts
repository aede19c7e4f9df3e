// Property tests: any interleaving of a correct broadcast on 3 voters and an observer (with
// follower crashes and restarts synced by TRUNC, DIFF or SNAP) yields no violation; and arbitrary,
// even absurd, event streams never make the checker throw or leave plain JSON data.
// fast-check prints the seed and the shrunk counterexample of any failure.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cloneChecker, createChecker, observe } from './checker';
import { ghost as g, tx } from './ghostTestKit';
import type { GhostEvent, GhostTxn, PeerState, ZabPhase } from './ghost';

const LEADER = 1;
const FOLLOWERS = [2, 3];
const OBSERVER = 4;
const CONFIG = { voters: [1, 2, 3], observers: [OBSERVER] };

/** The correct broadcast of `n` writes, as a small model whose enabled steps the choices pick. */
class BroadcastModel {
  readonly txns: GhostTxn[];
  readonly events: GhostEvent[] = [];
  proposed = 0;
  committed = 0;
  logged: Record<number, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  delivered: Record<number, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  down: Record<number, boolean> = { 1: false, 2: false, 3: false, 4: false };

  constructor(n: number) {
    this.txns = Array.from({ length: n }, (_, i) => tx(1, i + 1, `/k${i % 3}=${i}`));
    this.events.push(g.established(LEADER, 1, []), g.activated(LEADER, 1));
    for (const sid of [1, 2, 3, 4]) this.events.push(g.epochs(sid, 1, 1));
    this.events.push(g.state(LEADER, 'LEADING', 'broadcast', 1));
    for (const f of FOLLOWERS) this.events.push(g.state(f, 'FOLLOWING', 'broadcast', 1));
    this.events.push(g.state(OBSERVER, 'OBSERVING', 'broadcast', 1));
  }

  private txn(i: number): GhostTxn {
    return this.txns[i] as GhostTxn;
  }

  /** Enabled steps, in a fixed order; `withFaults` false leaves only steps that make progress. */
  enabled(withFaults: boolean): Array<() => void> {
    const steps: Array<() => void> = [];
    if (this.proposed < this.txns.length)
      steps.push(() => this.events.push(g.propose(LEADER, 1, this.txn(this.proposed++))));
    for (const sid of [LEADER, ...FOLLOWERS]) {
      if (!this.down[sid] && this.logged[sid]! < this.proposed) steps.push(() => this.log(sid));
      if (!this.down[sid] && this.delivered[sid]! < Math.min(this.committed, this.logged[sid]!))
        steps.push(() => this.deliver(sid));
    }
    const ackers = [LEADER, ...FOLLOWERS].filter((s) => this.logged[s]! > this.committed);
    if (this.committed < this.proposed && ackers.length >= 2) {
      steps.push(() => this.events.push(g.commit(LEADER, this.txn(this.committed++).zxid, ackers)));
    }
    if (!this.down[OBSERVER] && this.delivered[OBSERVER]! < this.committed)
      steps.push(() => this.inform());
    const anyDown = [...FOLLOWERS, OBSERVER].some((s) => this.down[s]);
    for (const sid of [...FOLLOWERS, OBSERVER]) {
      if (this.down[sid]) steps.push(() => this.restart(sid, this.events.length % 2 === 0));
      else if (withFaults && !anyDown) steps.push(() => this.crash(sid));
    }
    return steps;
  }

  private log(sid: number): void {
    this.events.push(g.log(sid, this.txn(this.logged[sid]!++)));
  }

  private deliver(sid: number): void {
    const t = this.txn(this.delivered[sid]!++);
    if (sid !== LEADER) this.events.push(g.followerCommit(sid, t.zxid, t.zxid));
    this.events.push(g.deliver(sid, t));
  }

  private inform(): void {
    const t = this.txn(this.delivered[OBSERVER]!++);
    this.logged[OBSERVER] = this.delivered[OBSERVER]!;
    this.events.push(g.log(OBSERVER, t), g.deliver(OBSERVER, t));
  }

  private crash(sid: number): void {
    this.down[sid] = true;
    this.events.push(g.crash(sid));
  }

  /** Restart and rejoin the leader of epoch 1: TRUNC of uncommitted entries, then SNAP or DIFF. */
  private restart(sid: number, snap: boolean): void {
    const role: PeerState = sid === OBSERVER ? 'OBSERVING' : 'FOLLOWING';
    const state = (phase: ZabPhase): GhostEvent => g.state(sid, role, phase, 1);
    this.down[sid] = false;
    this.events.push(g.restart(sid), g.epochs(sid, 1, 1), g.state(sid, 'LOOKING', 'election', 1));
    this.events.push(
      g.decide(
        sid,
        LEADER,
        1,
        'outofelection',
        [LEADER, ...FOLLOWERS.filter((f) => f !== sid)],
        true,
      ),
    );
    this.events.push(state('discovery'), state('synchronization'));
    const c = this.committed;
    if (this.logged[sid]! > c) {
      this.events.push(g.truncate(sid, c === 0 ? { epoch: 0, counter: 0 } : this.txn(c - 1).zxid));
      this.logged[sid] = c;
    }
    if (snap) {
      this.events.push(g.snap(sid, this.txns.slice(0, c)));
      for (let i = 0; i < c; i++) this.events.push(g.deliver(sid, this.txn(i)));
    } else {
      for (let i = this.logged[sid]!; i < c; i++) this.events.push(g.log(sid, this.txn(i)));
      for (let i = this.delivered[sid]!; i < c; i++) this.events.push(g.deliver(sid, this.txn(i)));
    }
    this.logged[sid] = c;
    this.delivered[sid] = c;
    this.events.push(state('broadcast'));
  }
}

describe('checker properties', () => {
  it('never reports a violation on any interleaving of a correct broadcast', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.nat(), { maxLength: 200 }),
        (n, choices) => {
          const model = new BroadcastModel(n);
          for (const choice of choices) {
            const steps = model.enabled(true);
            if (steps.length === 0) break;
            (steps[choice % steps.length] as () => void)();
          }
          for (let steps = model.enabled(false); steps.length > 0; steps = model.enabled(false))
            (steps[0] as () => void)();
          const state = createChecker(CONFIG);
          const violations = model.events.flatMap((e, i) => observe(state, i, e));
          expect(violations).toEqual([]);
          for (const sid of [1, 2, 3, 4]) expect(state.servers[sid]?.deliveredCount).toBe(n);
        },
      ),
      { numRuns: 300 },
    );
  });

  const sid = fc.integer({ min: 1, max: 5 });
  const small = fc.integer({ min: 0, max: 3 });
  const zxid = fc.record({ epoch: small, counter: small });
  const txn = fc.record({ zxid, value: fc.constantFrom('x', 'y') });
  const sids = fc.array(sid, { maxLength: 4 });
  const anyEvent: fc.Arbitrary<GhostEvent> = fc.oneof(
    fc.tuple(sid, small, small).map(([s, a, c]) => g.epochs(s, a, c)),
    fc
      .tuple(
        sid,
        fc.constantFrom<PeerState>('LOOKING', 'FOLLOWING', 'LEADING', 'OBSERVING', 'DOWN'),
        fc.constantFrom<ZabPhase | null>(
          'election',
          'discovery',
          'synchronization',
          'broadcast',
          null,
        ),
        small,
      )
      .map(([s, st, ph, e]) => g.state(s, st, ph, e)),
    fc
      .tuple(sid, small, fc.array(txn, { maxLength: 4 }))
      .map(([s, e, h]) => g.established(s, e, h)),
    fc.tuple(sid, small, txn).map(([s, e, t]) => g.propose(s, e, t)),
    fc.tuple(sid, txn).map(([s, t]) => g.log(s, t)),
    fc.tuple(sid, zxid).map(([s, z]) => g.truncate(s, z)),
    fc.tuple(sid, fc.array(txn, { maxLength: 4 })).map(([s, h]) => g.snap(s, h)),
    fc.tuple(sid, txn).map(([s, t]) => g.deliver(s, t)),
    fc.tuple(sid, txn).map(([s, t]) => g.deliver(s, t)),
    fc.tuple(sid, zxid, sids, fc.boolean()).map(([s, z, a, p]) => g.commit(s, z, a, p)),
    fc.tuple(sid, zxid, fc.option(zxid)).map(([s, z, h]) => g.followerCommit(s, z, h)),
    fc
      .tuple(
        sid,
        sid,
        small,
        fc.constantFrom<'recvset' | 'outofelection'>('recvset', 'outofelection'),
        sids,
        fc.boolean(),
      )
      .map(([s, l, r, v, sup, saw]) => g.decide(s, l, r, v, sup, saw)),
    sid.map((s) => g.crash(s)),
    sid.map((s) => g.restart(s)),
  );

  it('never throws on arbitrary events, and stays plain JSON that clones and revives identically', () => {
    fc.assert(
      fc.property(
        fc.array(anyEvent, { maxLength: 60 }),
        fc.array(anyEvent, { maxLength: 20 }),
        (events, more) => {
          const state = createChecker(CONFIG);
          for (const [i, e] of events.entries()) {
            for (const v of observe(state, i, e)) expect(v.detail).not.toMatch(/undefined|NaN/);
          }
          const revived = JSON.parse(JSON.stringify(state)) as typeof state;
          expect(revived).toEqual(state);
          const clone = cloneChecker(state);
          const a = more.flatMap((e) => observe(state, 100, e));
          const b = more.flatMap((e) => observe(revived, 100, e));
          const c = more.flatMap((e) => observe(clone, 100, e));
          expect(b).toEqual(a);
          expect(c).toEqual(a);
          expect(revived).toEqual(state);
          expect(clone).toEqual(state);
        },
      ),
      { numRuns: 500 },
    );
  });
});
