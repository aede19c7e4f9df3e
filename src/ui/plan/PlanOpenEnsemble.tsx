/**
 * "Open in the ensemble view" (issue 17 item 4): builds the scenario of the plan's current point
 * with the cost section on (planScenario.ts) and opens it the way a shared link opens a run
 * (openRun.ts), so the opened run is also a link a person can share, and Back returns to the
 * plan. Each point a check measured opens the same way (CheckedPointsTable.tsx, CheckOverlay.tsx).
 */
import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { openInEnsembleView } from './openRun';
import { PLAN_RUN_MEASURE_MS, planScenario, planScenarioProblem } from './planScenario';

export function PlanOpenEnsemble() {
  const t = useT();
  const inputs = useAppStore((s) => s.planInputs);
  const [opening, setOpening] = useState(false);
  const problem = planScenarioProblem(inputs);
  const { voters, observers, readPercent } = inputs;
  const params = { voters, observers, readPercent };
  const scenario = problem === null ? planScenario(inputs, t('plan.open.runTitle', params)) : null;
  const open = async () => {
    if (scenario === null) return;
    setOpening(true);
    try {
      await openInEnsembleView(scenario);
    } finally {
      setOpening(false);
    }
  };
  return (
    <section className="plan-card plan-open" aria-labelledby="plan-open-title">
      <h3 id="plan-open-title">{t('plan.open.title')}</h3>
      {scenario !== null ? (
        <p className="plan-muted">
          {t('plan.open.intro', {
            ...params,
            untilMs: scenario.untilMs,
            measureMs: PLAN_RUN_MEASURE_MS,
          })}
        </p>
      ) : (
        problem && (
          <p className="plan-muted" id="plan-open-why">
            {t('plan.open.tooMany', { servers: problem.servers, maxServers: problem.maxServers })}
          </p>
        )
      )}
      <button
        type="button"
        onClick={() => void open()}
        disabled={scenario === null || opening}
        aria-describedby={scenario === null ? 'plan-open-why' : undefined}
      >
        {t('plan.open.button')}
      </button>
    </section>
  );
}
