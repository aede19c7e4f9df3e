/**
 * The strategies to compare: one labelled select per panel (2 to 4), plus add and remove.
 * Every change reloads the comparison with the same seed.
 */
import type { StrategyId } from '../../sim/vocabulary';
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import {
  addStrategy,
  chooseStrategy,
  MAX_STRATEGIES,
  MIN_STRATEGIES,
  removeStrategy,
  STRATEGY_CHOICES,
} from './compareScenario';
import { strategyName } from './strategyText';

export function StrategyPicker({ chosen }: { chosen: StrategyId[] }) {
  const t = useT();
  const ctl = useController();
  return (
    <div className="lb-picker">
      {chosen.map((id, i) => (
        <span className="lb-pick" key={i}>
          <label className="field">
            <span>{t('compare.pick', { n: i + 1 })}</span>
            <select
              aria-label={t('compare.pick', { n: i + 1 })}
              value={id}
              onChange={(e) =>
                ctl.setStrategies(chooseStrategy(chosen, i, e.target.value as StrategyId))
              }
            >
              {STRATEGY_CHOICES.map((c) => (
                <option key={c} value={c}>
                  {strategyName(t, c)}
                </option>
              ))}
            </select>
          </label>
          {chosen.length > MIN_STRATEGIES && (
            <button
              type="button"
              className="quiet lb-remove"
              aria-label={t('compare.remove', { n: i + 1 })}
              title={t('compare.remove', { n: i + 1 })}
              onClick={() => ctl.setStrategies(removeStrategy(chosen, i))}
            >
              ×
            </button>
          )}
        </span>
      ))}
      {chosen.length < MAX_STRATEGIES && (
        <button
          type="button"
          className="quiet"
          onClick={() => ctl.setStrategies(addStrategy(chosen))}
        >
          {t('compare.add')}
        </button>
      )}
    </div>
  );
}
