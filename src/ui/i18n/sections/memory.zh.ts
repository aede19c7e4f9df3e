/** Simplified Chinese strings of a long run's bounded memory (see memory.en.ts). */
import type { memoryEn } from './memory.en';

export const memoryZh: Record<keyof typeof memoryEn, string> = {
  'snapCause.snapCount': '记录的事务数超过 snapCount / 2 加一个随机数后拍摄',
};
