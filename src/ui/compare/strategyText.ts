/** A strategy's human name and two-line description, through the i18n layer. */
import type { MessageKey } from '../i18n/en';
import { STRATEGY_CHOICES } from './compareScenario';

type Choice = (typeof STRATEGY_CHOICES)[number];

function known(id: string): id is Choice {
  return (STRATEGY_CHOICES as readonly string[]).includes(id);
}

export function strategyKeys(
  id: string,
): { name: MessageKey; lines: [MessageKey, MessageKey] } | null {
  if (!known(id)) return null;
  return {
    name: `strategy.${id}.name`,
    lines: [`strategy.${id}.line1`, `strategy.${id}.line2`],
  };
}

export function strategyName(t: (key: MessageKey) => string, id: string): string {
  const keys = strategyKeys(id);
  return keys ? t(keys.name) : id;
}
