/**
 * The Plan view (issue 17): capacity planning with the analytic cost model. Inputs on the left;
 * on the right what they give, updated as a slider moves: fault tolerance, throughput, latency,
 * the checker's findings, each resource's utilization, the cost of a leader failure, and the two
 * charts. Both columns scroll on their own, so the figures stay in view while a person drags.
 */
import { useDeferredValue, useMemo } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { FailoverTable } from './FailoverTable';
import { FindingsList } from './FindingsList';
import { LatencyLoadChart } from './LatencyLoadChart';
import { PlanCheck } from './PlanCheck';
import { PlanInputsPanel } from './PlanInputsPanel';
import { PlanOpenEnsemble } from './PlanOpenEnsemble';
import { planModel } from './planModel';
import { FaultToleranceCard, LatencyCard, ThroughputCard } from './PlanSummary';
import { ThroughputChart } from './ThroughputChart';
import { UtilizationTable } from './UtilizationTable';
import { usePlanCheck } from './usePlanCheck';
import { BackendsSection } from './backends/BackendsSection';

export function PlanView() {
  const t = useT();
  const inputs = useAppStore((s) => s.planInputs);
  const model = useMemo(() => planModel(inputs), [inputs]);
  // The charts take tens of milliseconds (numerical quantiles at every load): they follow a
  // drag as React finds time, while the figures above follow it at once.
  const chartInputs = useDeferredValue(inputs);
  const chartModel = useMemo(
    () => (chartInputs === inputs ? model : planModel(chartInputs)),
    [chartInputs, inputs, model],
  );
  const { point, params, result } = chartModel;
  const check = usePlanCheck(model, inputs);
  // Drawn only for the very plan shown: the charts follow the inputs a little late, so results
  // are drawn once the charts have caught up with the inputs they were measured for.
  const measured =
    check.current && check.state.status === 'done' && chartInputs === inputs
      ? check.state.results
      : null;
  const ensemble = useMemo(
    () => ({ voters: point.voters, observers: point.observers }),
    [point.voters, point.observers],
  );
  return (
    <>
      <PlanInputsPanel />
      <section className="plan-results" aria-labelledby="plan-results-title">
        <h2 id="plan-results-title">{t('plan.results.title')}</h2>
        <p className="plan-muted plan-intro">{t('plan.results.intro')}</p>
        <div className="plan-cards">
          <FaultToleranceCard model={model} />
          <ThroughputCard model={model} />
          <LatencyCard model={model} />
        </div>
        <FindingsList model={model} />
        <div className="plan-pair">
          <UtilizationTable model={model} />
          <FailoverTable model={model} />
        </div>
        <PlanCheck check={check} />
        <PlanOpenEnsemble />
        <div className="plan-pair">
          <ThroughputChart
            voters={point.voters}
            observers={point.observers}
            readRatio={point.readRatio}
            params={params}
            check={measured}
          />
          <LatencyLoadChart
            ensemble={ensemble}
            readRatio={point.readRatio}
            offeredOpsPerSec={point.offeredOpsPerSec}
            knee={result.knee}
            params={params}
            check={measured}
          />
        </div>
        <BackendsSection />
      </section>
    </>
  );
}
