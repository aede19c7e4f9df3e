// Proves that long work in the worker always reaches its target, whatever the wall clock does:
// with a clock that jumps past the slice budget at every look, a seek far ahead, the next change
// and a load at a distant event yield progress again and again and still end exactly where a
// straight run ends; and that the job runner resumes work slice by slice, cancels it (running the
// job's own undo) and lets a newer job replace it.
import { describe, expect, it } from 'vitest';
import { JobRunner } from './jobRunner';
import { SimSession } from './session';
import { presetById } from './simApi';
import { finish, SLICE_MS, type Work, type WorkProgress } from './work';

/** A clock that moves past a whole slice at every reading: every look ends a slice. */
function racingClock(): () => number {
  let t = 0;
  return () => (t += SLICE_MS + 1);
}

const frozen = () => 0;

function open(clock: () => number, at: number | null = null, commands: unknown = []): SimSession {
  const r = finish(SimSession.loadWork(presetById('playground')?.scenario, commands, at, clock));
  if (!r.ok) throw new Error(r.error);
  return r.session;
}

/** Drains a piece of work, collecting what it reported on the way. */
function drain<R>(work: Work<R>): { result: R; progress: WorkProgress[] } {
  const progress: WorkProgress[] = [];
  for (;;) {
    const r = work.next();
    if (r.done) return { result: r.value, progress };
    progress.push(r.value);
  }
}

describe('long work', () => {
  it('a seek far ahead reports progress in time and lands exactly where a straight run does', () => {
    const sliced = open(racingClock());
    const { result, progress } = drain(sliced.seekTimeWork(21_000));
    expect(result).toBe(21_000);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.every((p) => p.unit === 'ms' && p.total === 21_000)).toBe(true);
    const done = progress.map((p) => p.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    const straight = open(frozen);
    straight.seekTime(21_000);
    expect(sliced.tl.now).toBe(straight.tl.now);
    expect(sliced.tl.sim.nowMs).toBe(straight.tl.sim.nowMs);
  });

  it('the next change after many slices is the same change', () => {
    const sliced = open(racingClock());
    const straight = open(frozen);
    for (let i = 0; i < 40; i++) {
      finish(sliced.stepChangeWork());
      straight.stepChange();
      expect(sliced.tl.now).toBe(straight.tl.now);
    }
  });

  it('opening at a distant event counts events and reaches that event', () => {
    const target = open(frozen);
    target.seekTime(20_000);
    const at = target.tl.now;
    const { result, progress } = drain(
      SimSession.loadWork(presetById('playground')?.scenario, [], at, racingClock()),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.session.tl.now).toBe(at);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.every((p) => p.unit === 'events' && p.total === at && p.done <= at)).toBe(true);
  });
});

describe('JobRunner', () => {
  function runner() {
    const queue: (() => void)[] = [];
    const log: string[] = [];
    const jobs = new JobRunner({
      schedule: (fn) => void queue.push(fn),
      clock: () => 0,
      progress: (seq, kind, p) => log.push(`progress ${seq} ${kind} ${p.done}`),
      idle: () => log.push('idle'),
    });
    const turn = () => queue.shift()?.();
    return { jobs, log, turn, queue };
  }

  function* counting(n: number): Work<string> {
    for (let i = 1; i < n; i++) yield { unit: 'events', done: i, total: n };
    return 'done';
  }

  it('runs the first slice at once and the rest a slice per turn, then reports idle', () => {
    const { jobs, log, turn } = runner();
    jobs.start({
      seq: 1,
      kind: 'seek',
      work: counting(3),
      done: (r) => log.push(r),
      cancelled: () => log.push('cancelled'),
    });
    expect(log).toEqual(['progress 1 seek 1']);
    expect(jobs.busy).toBe(true);
    turn();
    turn();
    expect(log).toEqual(['progress 1 seek 1', 'progress 1 seek 2', 'done', 'idle']);
    expect(jobs.busy).toBe(false);
  });

  it('cancels only the job it is asked to, running its undo; an aborted job just stops', () => {
    const { jobs, log, turn } = runner();
    const job = (seq: number) => ({
      seq,
      kind: 'load' as const,
      work: counting(5),
      done: () => log.push(`done ${seq}`),
      cancelled: () => log.push(`cancelled ${seq}`),
    });
    jobs.start(job(1));
    expect(jobs.cancel(2)).toBe(false);
    expect(jobs.cancel(1)).toBe(true);
    turn(); // the slice scheduled before the cancel does nothing
    expect(log).toEqual(['progress 1 load 1', 'cancelled 1', 'idle']);
    log.length = 0;
    jobs.start(job(3));
    jobs.start(job(4));
    turn();
    expect(log.filter((l) => l.includes(' 3'))).toEqual(['progress 3 load 1']);
    expect(log.some((l) => l === 'cancelled 3')).toBe(false);
  });
});
