/**
 * A lesson is data (DESIGN.md section 10, issue 16): a scenario plus steps. A step has narration
 * in English and Chinese, a target moment (lessonTarget.ts), what to highlight, and optionally a
 * prediction or a task. A prediction is asked on its step and answered by what the simulation
 * does at the next step's target: never by a value written here.
 */
import type { StepTarget } from '../protocol/lessonTarget';
import type { Scenario } from '../sim/scenario/types';

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
  target: StepTarget;
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
