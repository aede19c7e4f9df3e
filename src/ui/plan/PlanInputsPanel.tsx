/** The plan's inputs, in four groups: ensemble, workload, network and disk, timing. */
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { PLAN_GROUPS, PLAN_INPUTS } from './planInputs';
import { PlanSlider } from './PlanSlider';

export function PlanInputsPanel() {
  const t = useT();
  const reset = useAppStore((s) => s.resetPlanInputs);
  return (
    <section className="plan-inputs" aria-labelledby="plan-inputs-title">
      <div className="plan-inputs-head">
        <h2 id="plan-inputs-title">{t('plan.inputs.title')}</h2>
        <button type="button" className="quiet" onClick={reset}>
          {t('plan.inputs.reset')}
        </button>
      </div>
      {PLAN_GROUPS.map((group) => (
        <fieldset key={group} className="plan-group">
          <legend>{t(`plan.group.${group}` as MessageKey)}</legend>
          {PLAN_INPUTS.filter((spec) => spec.group === group).map((spec) => (
            <PlanSlider key={spec.id} spec={spec} />
          ))}
        </fieldset>
      ))}
    </section>
  );
}
