/** 峰值 EWMA 选择理由中较早的 `pick.*` 字符串未覆盖的部分。 */
import type { pickReasonsEn } from './pickReasons.en';

export const pickReasonsZh: Record<keyof typeof pickReasonsEn, string> = {
  'pick.pewmaCost': '{id}：{ewma} ms × ({n} + 1) = {cost}',
  'pick.pewmaCosts': '{a}；{b}',
};
