/**
 * The lesson player: Next and Back as seeks on the same timeline as everywhere else (issue 16).
 * A step's moment is searched once by the worker (findTargets) and cached in the store, so going
 * back, or forward again, seeks an exact event index and the narration can never drift from the
 * picture. When the learner has changed the run (a task, a crash of their own), moving to a step
 * first reopens the lesson's scenario: that is "back to the story".
 */
import type { FoundTarget } from '../../protocol/lessonTarget';
import type { Lesson } from '../../learn/lesson';
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

export function createLessonPlayer(store: AppStore, ctl: Controller): LessonPlayer {
  /** Searches the moments of steps up to `stepIndex` not searched yet, then shows the step. */
  const show = (lesson: Lesson, stepIndex: number) => {
    const s = store.getState();
    s.setStepIndex(stepIndex);
    saveProgress(lesson.chapter, stepIndex, lesson.steps.length);
    let known = -1;
    while (known + 1 <= stepIndex && s.moments[known + 1] !== undefined) known++;
    if (known >= stepIndex) {
      const at = shownMoment(s.moments, stepIndex);
      if (offStory(store)) ctl.openScenario(lesson.scenario, at?.event ?? 0);
      else ctl.seek(at?.event ?? 0);
      return;
    }
    const from = shownMoment(s.moments, known) ?? START;
    if (offStory(store)) ctl.openScenario(lesson.scenario, from.event);
    const targets = lesson.steps.slice(known + 1, stepIndex + 1).map((step) => step.target);
    ctl.findTargets(from, targets, (found) => store.getState().setMoments(known + 1, found));
  };

  const open = (chapter: number, stepIndex: number) => {
    const lesson = lessonByChapter(chapter);
    if (!lesson) return;
    const step = Math.max(0, Math.min(stepIndex, lesson.steps.length - 1));
    store.getState().startLesson(chapter, step);
    ctl.openScenario(lesson.scenario, null);
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
      const at = shownMoment(store.getState().moments, store.getState().stepIndex);
      ctl.openScenario(lesson.scenario, at?.event ?? 0);
    },
  };
}
