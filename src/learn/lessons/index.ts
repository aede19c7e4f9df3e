/** Every lesson, in chapter order (issue 16; chapters 6-8 are not written yet). */
import type { Lesson } from '../lesson';
import { broadcast } from './broadcast';
import { election } from './election';
import { heartbeats } from './heartbeats';
import { notPaxos } from './notPaxos';
import { quorums } from './quorums';
import { sync } from './sync';

export const LESSONS: readonly Lesson[] = [
  quorums,
  election,
  sync,
  broadcast,
  heartbeats,
  notPaxos,
];

export function lessonByChapter(chapter: number): Lesson | undefined {
  return LESSONS.find((l) => l.chapter === chapter);
}
