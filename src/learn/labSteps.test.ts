// Proves that a lesson step shown on the load-balancing lab (a step's `lab`, issue 16) is playable:
// its segment's targets are found in order on the lab's own run (the scenario the Load balancing
// tab builds for those strategies), the backend it selects is one of the lab's, the panels it
// highlights are known, and a lab run differs from the lesson's, so that the player reopens it.
import { describe, expect, it } from 'vitest';
import type { FoundTarget } from '../protocol/lessonTarget';
import { compareScenario } from '../ui/compare/compareScenario';
import { findTargetsWork } from '../worker/findTargets';
import { validateScenario, Timeline } from '../worker/simApi';
import { finish } from '../worker/work';
import { PANEL_IDS, runKey, segments, segmentStart, type LabScene } from './lesson';
import { LESSONS } from './lessons/index';
import { traceMatches } from './traceMatch';

const START: FoundTarget = { event: 0, ms: 0, params: {} };

const labSegments = LESSONS.flatMap((lesson) =>
  segments(lesson)
    .filter((seg) => seg.steps[0]?.lab)
    .map((seg) => [`${lesson.id} from step ${seg.first + 1}`, lesson, seg] as const),
);

describe('lab steps', () => {
  it('are used by chapter 8, after its story on the ensemble', () => {
    const balancing = LESSONS.find((l) => l.chapter === 8);
    expect(balancing && segments(balancing).map((s) => runKey(balancing, s.first))).toEqual([
      'story',
      'lab:round-robin,least-connections,consistent-hash',
    ]);
  });

  it.each(labSegments)('%s: every target found in order on the lab run', (_name, lesson, seg) => {
    const lab = seg.steps[0]?.lab as LabScene;
    const v = validateScenario(compareScenario(lab.strategies));
    if (!v.ok) throw new Error(v.error);
    const tl = new Timeline(v.scenario, { keepTrace: true });
    const targets = seg.steps.map((s) => s.target);
    const found = finish(
      findTargetsWork(
        tl,
        START,
        targets,
        v.scenario.untilMs,
        () => 0,
        () => {},
      ),
    );
    let last = 0;
    found.forEach((f, i) => {
      const step = seg.steps[i]!;
      expect(segmentStart(lesson, seg.first + i)).toBe(seg.first);
      expect(step.lab?.strategies).toEqual(lab.strategies);
      expect(f, `step ${seg.first + i + 1}`).not.toBeNull();
      expect(f!.event).toBeGreaterThanOrEqual(last);
      last = f!.event;
      if ('match' in step.target) {
        const m = step.target.match;
        expect(tl.trace.some((ev) => ev.e === f!.event && traceMatches(ev, m))).toBe(true);
      }
      const backend = step.lab?.backend;
      if (backend) expect(v.scenario.balancer?.backends.map((b) => b.id)).toContain(backend);
      for (const p of step.highlight?.panels ?? []) expect(PANEL_IDS).toContain(p);
    });
    // Chapter 8's moments: the kill at 20 s, the membership change after the session timeout.
    if (lesson.chapter === 8) expect(found.map((f) => f?.ms)).toEqual([15000, 20000, 26016]);
  });
});
