/** Every lesson, in chapter order (issue 16). */
import type { Lesson } from '../lesson';
import { balancing } from './balancing';
import { broadcast } from './broadcast';
import { election } from './election';
import { heartbeats } from './heartbeats';
import { notPaxos } from './notPaxos';
import { quorums } from './quorums';
import { recipes } from './recipes';
import { sessions } from './sessions';
import { sync } from './sync';

export const LESSONS: readonly Lesson[] = [
  quorums,
  election,
  sync,
  broadcast,
  heartbeats,
  sessions,
  recipes,
  balancing,
  notPaxos,
];

export function lessonByChapter(chapter: number): Lesson | undefined {
  return LESSONS.find((l) => l.chapter === chapter);
}
