/**
 * The lesson player: Next and Back as seeks on the same timeline as everywhere else (issue 16).
 * A step's moment is searched once by the worker (findTargets) and cached in the store, so going
 * back, or forward again, seeks an exact event index and the narration can never drift from the
 * picture. When the learner has changed the run (a task, a crash of their own), moving to a step
 * first reopens the lesson's scenario: that is "back to the story". A step on the load-balancing
 * lab (a step's `lab`) has the lab's run instead: consecutive steps on one run form a segment,
 * whose moments are searched in order from that run's start.
 */
import type { FoundTarget } from '../../protocol/lessonTarget';
import { runKey, segmentStart, type Lesson } from '../../learn/lesson';
import type { Scenario } from '../../sim/vocabulary';
import { compareScenario } from '../compare/compareScenario';
import { lessonByChapter, LESSONS } from '../../learn/lessons/index';
import type { Controller } from '../controller';
import type { LessonLinkResult } from '../share/urlState';
import type { AppStore } from '../store/appStore';
import { shownMoment } from '../store/learnSlice';
import { saveProgress } from './progress';

const START: FoundTarget = { event: 0, ms: 0, params: {} };

export interface LessonPlayer {
  open(chapter: number, stepIndex: number): void;
  /** A link from the address bar or the tour: a bad one opens chapter 1 and says why. */
  openLink(link: LessonLinkResult): void;
  goTo(stepIndex: number): void;
  next(): void;
  back(): void;
  /** Reopens the lesson's own run at the current step (after the learner changed it). */
  returnToStory(): void;
}

export function currentLesson(store: AppStore): Lesson | null {
  const chapter = store.getState().chapter;
  return chapter === null ? null : (lessonByChapter(chapter) ?? null);
}

/** Has the learner changed the lesson's run (any command of theirs)? */
export function offStory(store: AppStore): boolean {
  return store.getState().commands.length > 0;
}

function runScenario(lesson: Lesson, stepIndex: number): Scenario {
  const lab = lesson.steps[stepIndex]?.lab;
  return lab ? compareScenario(lab.strategies) : lesson.scenario;
}

export function createLessonPlayer(store: AppStore, ctl: Controller): LessonPlayer {
  /** The run this player last opened (the store's scenario changes only once it has loaded). */
  let loaded: string | null = null;
  /** Opens the step's run at `at` (null: its start) when another one shows or the learner changed it. */
  const ensureRun = (lesson: Lesson, stepIndex: number, at: number | null): boolean => {
    const key = runKey(lesson, stepIndex);
    if (loaded === key && !offStory(store)) return false;
    loaded = key;
    ctl.openScenario(runScenario(lesson, stepIndex), at);
    return true;
  };

  /** Searches the moments of the segment's steps up to `stepIndex` not searched yet, then shows it. */
  const show = (lesson: Lesson, stepIndex: number) => {
    const s = store.getState();
    s.setStepIndex(stepIndex);
    saveProgress(lesson.chapter, stepIndex, lesson.steps.length);
    const first = segmentStart(lesson, stepIndex);
    let known = first - 1;
    while (known + 1 <= stepIndex && s.moments[known + 1] !== undefined) known++;
    if (known >= stepIndex) {
      const at = shownMoment(s.moments, stepIndex, first)?.event ?? 0;
      if (!ensureRun(lesson, stepIndex, at)) ctl.seek(at);
      return;
    }
    const from = (known >= first ? shownMoment(s.moments, known, first) : null) ?? START;
    ensureRun(lesson, stepIndex, from.event);
    const targets = lesson.steps.slice(known + 1, stepIndex + 1).map((step) => step.target);
    ctl.findTargets(from, targets, (found) => store.getState().setMoments(known + 1, found));
  };

  const open = (chapter: number, stepIndex: number) => {
    const lesson = lessonByChapter(chapter);
    if (!lesson) return;
    const step = Math.max(0, Math.min(stepIndex, lesson.steps.length - 1));
    store.getState().startLesson(chapter, step);
    loaded = null;
    ensureRun(lesson, step, null);
    show(lesson, step);
  };

  const goTo = (stepIndex: number) => {
    const lesson = currentLesson(store);
    if (!lesson || stepIndex < 0 || stepIndex >= lesson.steps.length) return;
    show(lesson, stepIndex);
  };

  return {
    open,
    openLink: (result) => {
      const s = store.getState();
      s.takePendingLink();
      const first = LESSONS[0] as Lesson;
      if (!result.ok) {
        s.setLinkProblem({ field: result.field, value: result.value });
        return open(first.chapter, 0);
      }
      const lesson = lessonByChapter(result.link.chapter);
      if (!lesson) {
        s.setLinkProblem({ field: 'lesson', value: String(result.link.chapter) });
        return open(first.chapter, 0);
      }
      if (result.link.step > lesson.steps.length)
        s.setLinkProblem({ field: 'step', value: String(result.link.step) });
      else s.setLinkProblem(null);
      open(lesson.chapter, Math.min(result.link.step, lesson.steps.length) - 1);
    },
    goTo,
    next: () => goTo(store.getState().stepIndex + 1),
    back: () => goTo(store.getState().stepIndex - 1),
    returnToStory: () => {
      const lesson = currentLesson(store);
      if (!lesson) return;
      const stepIndex = store.getState().stepIndex;
      const at = shownMoment(store.getState().moments, stepIndex, segmentStart(lesson, stepIndex));
      loaded = runKey(lesson, stepIndex);
      ctl.openScenario(runScenario(lesson, stepIndex), at?.event ?? 0);
    },
  };
}
