/**
 * The plan's inputs, in four groups (ensemble, workload, network and disk, timing) and a fifth,
 * folded away, with the cost model's CPU costs and bandwidths. Above them, when the link that
 * opened the view was refused, what was wrong with it.
 */
import { useId, useState } from 'react';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { formatInput } from './planFormat';
import { PLAN_GROUPS, PLAN_INPUTS, type PlanGroup } from './planInputs';
import type { PlanLinkProblem } from './planLink';
import { usePlanCopyLink } from './PlanCopyLink';
import { PlanSlider } from './PlanSlider';

type T = ReturnType<typeof useT>;

function linkReason(t: T, problem: PlanLinkProblem): string {
  switch (problem.code) {
    case 'tooLong':
      return t('plan.link.tooLong', { maxChars: problem.maxChars });
    case 'unknownInput':
    case 'repeatedInput':
      return t(`plan.link.${problem.code}`, { name: problem.name });
    default:
      return t(`plan.link.${problem.code}`, {
        input: t(`plan.input.${problem.input}` as MessageKey),
        value: problem.value,
        min: formatInput(problem.min),
        max: formatInput(problem.max),
      });
  }
}

function LinkProblem() {
  const t = useT();
  const problem = useAppStore((s) => s.planLinkProblem);
  const dismiss = useAppStore((s) => s.dismissPlanLinkProblem);
  if (!problem) return null;
  return (
    <div className="plan-link-problem" role="alert">
      <p>{t('plan.link.refused', { reason: linkReason(t, problem) })}</p>
      <button type="button" className="quiet" onClick={dismiss}>
        {t('plan.link.dismiss')}
      </button>
    </div>
  );
}

function Group({ group }: { group: PlanGroup }) {
  return PLAN_INPUTS.filter((spec) => spec.group === group).map((spec) => (
    <PlanSlider key={spec.id} spec={spec} />
  ));
}

/** The advanced inputs behind a toggle: most plans keep the calibrated costs. */
function AdvancedGroup() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <fieldset className="plan-group">
      <legend>{t('plan.group.advanced')}</legend>
      <button
        type="button"
        className="quiet plan-advanced-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t(open ? 'plan.advanced.hide' : 'plan.advanced.show')}
      </button>
      <div id={id} hidden={!open}>
        <p className="plan-muted plan-advanced-note">{t('plan.advanced.note')}</p>
        {open && <Group group="advanced" />}
      </div>
    </fieldset>
  );
}

export function PlanInputsPanel() {
  const t = useT();
  const reset = useAppStore((s) => s.resetPlanInputs);
  const link = usePlanCopyLink();
  return (
    <section className="plan-inputs" aria-labelledby="plan-inputs-title">
      <div className="plan-inputs-head">
        <h2 id="plan-inputs-title">{t('plan.inputs.title')}</h2>
        <div className="plan-inputs-actions">
          <button type="button" className="quiet" onClick={() => void link.copy()}>
            {t('plan.link.copy')}
          </button>
          <button type="button" className="quiet" onClick={reset}>
            {t('plan.inputs.reset')}
          </button>
        </div>
      </div>
      <p className="plan-copy-status" role="status">
        {link.message && t(link.message)}
      </p>
      <LinkProblem />
      {PLAN_GROUPS.map((group) =>
        group === 'advanced' ? (
          <AdvancedGroup key={group} />
        ) : (
          <fieldset key={group} className="plan-group">
            <legend>{t(`plan.group.${group}` as MessageKey)}</legend>
            <Group group={group} />
          </fieldset>
        ),
      )}
    </section>
  );
}
