// Proves that every lesson (src/learn/lessons) is playable on the real simulation: each step's
// target is found in its scenario's run where the lesson needs it, and each prediction's answer,
// read from the next step's target, is one of the options the learner is offered. It also proves
// the search itself (findTargets.ts): exact event indexes, the run computed forward past the
// frontier, a null for a moment that never comes, and the same result when searched in pieces.
// Steps shown on the load-balancing lab (a step's `lab`) have the lab's run: src/learn/labSteps.test.ts.
import { describe, expect, it } from 'vitest';
import type { FoundTarget, StepTarget } from '../protocol/lessonTarget';
import { answerOf } from '../learn/answers';
import { segments, type Lesson } from '../learn/lesson';
import { LESSONS } from '../learn/lessons/index';
import { traceMatches } from '../learn/traceMatch';
import { findTargetsWork } from './findTargets';
import { validateScenario, Timeline, type TraceEvent } from './simApi';
import { finish } from './work';

const START: FoundTarget = { event: 0, ms: 0, params: {} };
const noClock = () => 0;

function timelineOf(lesson: Lesson): Timeline {
  const v = validateScenario(lesson.scenario);
  if (!v.ok) throw new Error(`${lesson.id}: ${v.error}`);
  return new Timeline(v.scenario, { keepTrace: true });
}

/** Each step's moment on the lesson's own run, segment by segment; undefined on a lab step. */
function resolveAll(lesson: Lesson): (FoundTarget | null | undefined)[] {
  const out: (FoundTarget | null | undefined)[] = lesson.steps.map(() => undefined);
  for (const seg of segments(lesson)) {
    if (seg.steps[0]?.lab) continue;
    const tl = timelineOf(lesson);
    const targets: StepTarget[] = seg.steps.map((s) => s.target);
    const found = finish(
      findTargetsWork(tl, START, targets, lesson.scenario.untilMs, noClock, () => {}),
    );
    found.forEach((f, i) => void (out[seg.first + i] = f));
  }
  return out;
}

/** Steps whose moment is meant not to come (the answer to "will it happen?" is no). */
const NEVER = new Set(['quorums:7']);

describe.each(LESSONS.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  const found = resolveAll(lesson);

  it('finds every target in order, exactly where the trace has it', () => {
    const tl = timelineOf(lesson);
    while (tl.step()) {
      /* the whole run */
    }
    let last = 0;
    lesson.steps.forEach((step, i) => {
      if (step.lab) return;
      const f = found[i];
      if (NEVER.has(`${lesson.id}:${i}`)) return expect(f, `step ${i + 1}`).toBeNull();
      expect(f, `step ${i + 1} of ${lesson.id}`).not.toBeNull();
      const at = f as FoundTarget;
      expect(at.event).toBeGreaterThanOrEqual(last);
      last = at.event;
      if ('match' in step.target) {
        const m = step.target.match;
        const hit = tl.trace.find((ev: TraceEvent) => ev.e === at.event && traceMatches(ev, m));
        expect(hit, `step ${i + 1}: a matching entry at event ${at.event}`).toBeDefined();
      }
    });
  });

  it("answers each prediction with one of its options, from the simulation's next moment", () => {
    lesson.steps.forEach((step, i) => {
      const q = step.question;
      if (!q) return;
      const answer = answerOf(q.answer, found[i + 1]);
      expect(answer, `step ${i + 1}`).not.toBeNull();
      if (q.kind === 'choice') expect(q.options?.map((o) => o.value)).toContain(answer);
      else expect(Number(answer)).toBeGreaterThanOrEqual(1);
    });
  });

  it('has every sentence in English and Chinese', () => {
    const texts = [lesson.title];
    for (const s of lesson.steps) {
      texts.push(s.text);
      if (s.question) texts.push(s.question.prompt, s.question.explain);
      for (const o of s.question?.options ?? []) texts.push(o.label);
      if (s.task) texts.push(s.task.prompt);
    }
    for (const x of texts) {
      expect(x.en.trim().length).toBeGreaterThan(0);
      expect(x.zh.trim().length).toBeGreaterThan(0);
    }
  });
});

describe('findTargetsWork', () => {
  const lesson = LESSONS.find((l) => l.id === 'election') as Lesson;

  it('gives the same events whether searched at once or one step at a time', () => {
    const all = resolveAll(lesson);
    const tl = timelineOf(lesson);
    let from = START;
    const pieces: (FoundTarget | null)[] = [];
    for (const step of lesson.steps) {
      const [f] = finish(findTargetsWork(tl, from, [step.target], 12000, noClock, () => {}));
      pieces.push(f ?? null);
      if (f) from = f;
    }
    expect(pieces).toEqual(all);
  });

  it('leaves the timeline at the last target found, the state right after its event', () => {
    const tl = timelineOf(lesson);
    const target: StepTarget = {
      match: { k: 'log', kind: 'elected', params: { state: 'LEADING' } },
    };
    const [f] = finish(findTargetsWork(tl, START, [target], 12000, noClock, () => {}));
    expect(tl.now).toBe(f?.event);
    expect(f?.params).toMatchObject({ kind: 'elected', leader: 5, state: 'LEADING' });
    const leaders = tl.sim.view.servers.filter((s) => s.state === 'LEADING');
    expect(leaders.map((s) => s.sid)).toEqual([5]);
  });

  it('answers null for a moment that never comes, and searches later ones from the last found', () => {
    const tl = timelineOf(lesson);
    const never: StepTarget = { match: { k: 'log', kind: 'trunc' } };
    const later: StepTarget = { match: { k: 'action', do: 'crash' } };
    const work = findTargetsWork(tl, START, [never, later], 12000, noClock, () => {});
    const [a, b] = finish(work);
    expect(a).toBeNull();
    expect(b?.params).toMatchObject({ do: 'crash', sid: 5 });
  });

  it('stops a time target at the last event due by then', () => {
    const tl = timelineOf(lesson);
    const [f] = finish(findTargetsWork(tl, START, [{ atMs: 2500 }], 12000, noClock, () => {}));
    expect(f?.ms).toBe(2500);
    expect(tl.sim.nowMs).toBeLessThanOrEqual(2500);
    expect(tl.sim.nextDueMs()).toBeGreaterThan(2500);
  });
});
