/**
 * What each checked point's Open control needs, for the table of checked points and for the
 * marks on the charts alike: its accessible name (the point's voters, observers, read share and
 * offered rate), the reason it cannot open (too many servers for the ensemble view), and the
 * action that opens it as a scenario in the ensemble view (planScenario.ts, openRun.ts).
 */
import { useCallback } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import type { CheckPoint } from './checkPlan';
import { checkedPointPlan } from './checkedPoint';
import { openInEnsembleView } from './openRun';
import { formatCount } from './planFormat';
import { planScenario } from './planScenario';

export interface PointOpener {
  /** "Open in the ensemble view: 5 voters, 0 observers, 50% reads, 20,000 ops/s offered". */
  name: string;
  /** Why it cannot open, or null when it can. */
  reason: string | null;
  open: () => void;
  /** The rate it opens at; for a throughput point, the model's saturated rate. */
  offeredOpsPerSec: number;
  saturated: boolean;
}

export function usePointOpener(): (pt: CheckPoint) => PointOpener {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const plan = useAppStore((s) => s.planInputs);
  return useCallback(
    (pt: CheckPoint) => {
      const { inputs, saturated, problem } = checkedPointPlan(plan, pt);
      const { voters, observers } = inputs;
      const read = Math.round(inputs.readPercent);
      const params = { voters, observers, read, ops: formatCount(inputs.offeredOpsPerSec, locale) };
      const name = t(saturated ? 'plan.point.openSaturated' : 'plan.point.open', params);
      const reason =
        problem === null
          ? null
          : t('plan.point.tooMany', { servers: problem.servers, maxServers: problem.maxServers });
      const open = () => {
        if (problem !== null) return;
        const title = t('plan.open.runTitle', { voters, observers, readPercent: read });
        void openInEnsembleView(planScenario(inputs, title, { saturated }));
      };
      return { name, reason, open, offeredOpsPerSec: inputs.offeredOpsPerSec, saturated };
    },
    [t, locale, plan],
  );
}
