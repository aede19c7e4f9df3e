/**
 * A lesson is data (DESIGN.md section 10, issue 16): a scenario plus steps. A step has narration
 * in English and Chinese, a target moment (lessonTarget.ts), what to highlight, and optionally a
 * prediction or a task. A prediction is asked on its step and answered by what the simulation
 * does at the next step's target: never by a value written here.
 */
import type { StepTarget } from '../protocol/lessonTarget';
import type { Scenario } from '../sim/scenario/types';
import type { StrategyId } from '../sim/vocabulary';

/** Narration in both languages the app speaks. */
export interface Text {
  en: string;
  zh: string;
}

/** What the picture shows undimmed; the rest dims. `leader` is whoever leads at the step. */
export interface Highlight {
  servers?: number[];
  leader?: boolean;
  /** Messages in flight of these kinds (ZooKeeper's names: PROPOSAL, ACK, COMMIT, ...). */
  messages?: string[];
  /** One log entry, by its zxid as ZooKeeper prints it ("0x100000003"), on every server. */
  zxid?: string;
  /** Whole panels of the view (PANEL_IDS); the other panels dim. */
  panels?: PanelId[];
}

/**
 * The panels a step can highlight: in the ensemble picture, the picture itself and the
 * inspector beside it; in the load-balancing lab (a step's `lab`), its parts.
 */
export const PANEL_IDS = [
  'ensemble',
  'inspector',
  'strategies',
  'latency',
  'zookeeper',
  'decisions',
  'charts',
  'ring',
  'summary',
] as const;
export type PanelId = (typeof PANEL_IDS)[number];

/**
 * A step shown on the load-balancing lab (the Load balancing tab's view) instead of the lesson's
 * ensemble: its run is the lab's own (these strategies on identical traffic, the lab's default
 * traffic and pool), the step's target is a moment of that run, and the lab selects `backend`
 * (its boxes marked in every strategy's panel, its actions shown) as the Load balancing tab does
 * when a person clicks it.
 */
export interface LabScene {
  strategies: StrategyId[];
  backend?: string;
}

/**
 * Where a prediction's right answer comes from, read at the next step's target: a parameter of
 * the matched event (the elected leader, a sync mode, a zxid), or whether it happens at all.
 */
export type AnswerSource = { from: 'param'; name: string } | { from: 'happens' };

export interface Question {
  /** 'server': the options are the ensemble's voting servers (a click on a server). */
  kind: 'choice' | 'server';
  prompt: Text;
  /** For 'choice': each option's value is compared with the answer as a string. */
  options?: { value: string; label: Text }[];
  answer: AnswerSource;
  /** The rule that decides it (ZAB.md): shown with the result, right or wrong. */
  explain: Text;
}

export type TaskKind =
  | 'killLeader'
  | 'noQuorumPartition'
  | 'freezeLeader'
  | 'uncommittedWrite'
  // the client side (chapters 6-8): learn/clientTaskChecks.ts
  | 'expireSession'
  | 'lockTwoBelievers'
  | 'memberLeaves';

export interface Task {
  kind: TaskKind;
  prompt: Text;
}

export interface Step {
  /** A moment of the lesson's run, or of the lab's when the step has `lab`. */
  target: StepTarget;
  lab?: LabScene;
  text: Text;
  highlight?: Highlight;
  question?: Question;
  task?: Task;
}

export interface Lesson {
  id: string;
  /** The chapter number of issue 16 (1-9); links use it (#lesson=2&step=5). */
  chapter: number;
  title: Text;
  scenario: Scenario;
  steps: Step[];
}

/** Which run a step is shown on: the lesson's own ('story'), or the lab's with its strategies. */
export function runKey(lesson: Lesson, stepIndex: number): string {
  const lab = lesson.steps[stepIndex]?.lab;
  return lab ? `lab:${lab.strategies.join(',')}` : 'story';
}

/**
 * The first step of the segment that holds `stepIndex`: consecutive steps on one run, whose
 * moments are searched in order from that run's start (the first step's from event 0).
 */
export function segmentStart(lesson: Lesson, stepIndex: number): number {
  const key = runKey(lesson, stepIndex);
  let first = stepIndex;
  while (first > 0 && runKey(lesson, first - 1) === key) first--;
  return first;
}

/** The lesson's segments in order: each one's first step index and its steps. */
export function segments(lesson: Lesson): { first: number; steps: Step[] }[] {
  const out: { first: number; steps: Step[] }[] = [];
  lesson.steps.forEach((step, i) => {
    if (segmentStart(lesson, i) === i) out.push({ first: i, steps: [step] });
    else out[out.length - 1]?.steps.push(step);
  });
  return out;
}
