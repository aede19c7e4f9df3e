/**
 * The Plan view's state: whether it is the view shown (its own tab, apart from the run the other
 * two tabs follow), the inputs a person has set, and what was wrong with the last link that
 * opened the view, if anything. The model itself is recomputed from the inputs by the view: it is
 * pure and takes microseconds, so nothing derived is stored.
 */
import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_PLAN_INPUTS, type PlanInputId, type PlanInputs } from '../plan/planInputs';
import { decodePlanHash, type PlanLinkProblem } from '../plan/planLink';

export interface PlanSlice {
  planOpen: boolean;
  planInputs: PlanInputs;
  /** Why the link that opened the view was not applied; cleared by any change of an input. */
  planLinkProblem: PlanLinkProblem | null;
  setPlanOpen: (open: boolean) => void;
  setPlanInput: (id: PlanInputId, value: number) => void;
  resetPlanInputs: () => void;
  /** Opens the view from a "#plan..." hash: its inputs whole, or the defaults and the problem. */
  openPlanLink: (hash: string) => void;
  dismissPlanLinkProblem: () => void;
}

export const createPlanSlice: StateCreator<PlanSlice> = (set) => ({
  planOpen: false,
  planInputs: { ...DEFAULT_PLAN_INPUTS },
  planLinkProblem: null,
  setPlanOpen: (planOpen) => set({ planOpen }),
  setPlanInput: (id, value) =>
    set((s) => ({ planInputs: { ...s.planInputs, [id]: value }, planLinkProblem: null })),
  resetPlanInputs: () => set({ planInputs: { ...DEFAULT_PLAN_INPUTS }, planLinkProblem: null }),
  openPlanLink: (hash) => {
    const decoded = decodePlanHash(hash);
    set(
      decoded.ok
        ? { planOpen: true, planInputs: decoded.inputs, planLinkProblem: null }
        : {
            planOpen: true,
            planInputs: { ...DEFAULT_PLAN_INPUTS },
            planLinkProblem: decoded.problem,
          },
    );
  },
  dismissPlanLinkProblem: () => set({ planLinkProblem: null }),
});
