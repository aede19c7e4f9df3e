/**
 * The Learn view's state (issue 16): whether it shows, which lesson and step, the target moments
 * the worker has found so far (so that Back and Next seek exact event indexes), the learner's
 * predictions, and the teacher's modes. Progress across visits lives in localStorage
 * (learn/progress.ts), not here.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { FoundTarget } from '../../protocol/lessonTarget';
import type { LessonLinkResult } from '../share/urlState';

/** A step's moment: undefined until searched, null when it never comes on this run. */
export type StepMoment = FoundTarget | null | undefined;

export interface LearnSlice {
  learnOpen: boolean;
  /** The lesson's chapter (1-9), null before one is opened. */
  chapter: number | null;
  /** 0-based. */
  stepIndex: number;
  moments: StepMoment[];
  /** The learner's prediction per step index (an option's value or a sid). */
  predictions: Record<number, string>;
  presentation: boolean;
  /** ?embed=1: only the picture and the step controls. */
  embed: boolean;
  /** A lesson link (or the tour) waiting for the lesson player to open it. */
  pendingLink: LessonLinkResult | null;
  /** Why the last lesson link could not be opened as written, as data for a sentence. */
  linkProblem: { field: 'lesson' | 'step'; value: string } | null;
  setLearnOpen: (open: boolean) => void;
  /** A new lesson (or the same one reopened): moments and predictions start afresh. */
  startLesson: (chapter: number, stepIndex: number) => void;
  setStepIndex: (stepIndex: number) => void;
  /** Moments found for steps `first`, `first + 1`, ... */
  setMoments: (first: number, found: (FoundTarget | null)[]) => void;
  predict: (stepIndex: number, value: string) => void;
  setPresentation: (on: boolean) => void;
  setEmbed: (on: boolean) => void;
  /** Opens the Learn view at a link (the player reads and clears it). */
  requestLesson: (link: LessonLinkResult) => void;
  takePendingLink: () => void;
  setLinkProblem: (problem: LearnSlice['linkProblem']) => void;
}

/** `?embed=1` in the page's address: the embed mode, which is always the Learn view. */
export function embedRequested(search: string): boolean {
  return new URLSearchParams(search).get('embed') === '1';
}

const embedAtStart = typeof window !== 'undefined' && embedRequested(window.location.search);

export const createLearnSlice: StateCreator<LearnSlice> = (set) => ({
  learnOpen: embedAtStart,
  chapter: null,
  stepIndex: 0,
  moments: [],
  predictions: {},
  presentation: false,
  embed: embedAtStart,
  pendingLink: null,
  linkProblem: null,
  setLearnOpen: (learnOpen) => set(learnOpen ? { learnOpen } : { learnOpen, presentation: false }),
  startLesson: (chapter, stepIndex) =>
    set({ learnOpen: true, chapter, stepIndex, moments: [], predictions: {} }),
  setStepIndex: (stepIndex) => set({ stepIndex }),
  setMoments: (first, found) =>
    set((s) => {
      const moments = s.moments.slice();
      found.forEach((f, i) => void (moments[first + i] = f));
      return { moments };
    }),
  predict: (stepIndex, value) =>
    set((s) => ({ predictions: { ...s.predictions, [stepIndex]: value } })),
  setPresentation: (presentation) => set({ presentation }),
  setEmbed: (embed) => set({ embed }),
  requestLesson: (pendingLink) => set({ learnOpen: true, pendingLink }),
  takePendingLink: () => set({ pendingLink: null }),
  setLinkProblem: (linkProblem) => set({ linkProblem }),
});

/**
 * The moment a step shows: its own, or, when it never comes, the last one before it on the same
 * run (steps from `first`, the start of the step's segment: lessonPlayer.ts).
 */
export function shownMoment(
  moments: readonly StepMoment[],
  stepIndex: number,
  first = 0,
): FoundTarget | null {
  for (let i = stepIndex; i >= first; i--) {
    const m = moments[i];
    if (m) return m;
  }
  return null;
}
