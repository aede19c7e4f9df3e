/**
 * The Plan view's state: whether it is the view shown (its own tab, apart from the run the other
 * two tabs follow) and the inputs a person has set. The model itself is recomputed from the
 * inputs by the view: it is pure and takes microseconds, so nothing derived is stored.
 */
import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_PLAN_INPUTS, type PlanInputId, type PlanInputs } from '../plan/planInputs';

export interface PlanSlice {
  planOpen: boolean;
  planInputs: PlanInputs;
  setPlanOpen: (open: boolean) => void;
  setPlanInput: (id: PlanInputId, value: number) => void;
  resetPlanInputs: () => void;
}

export const createPlanSlice: StateCreator<PlanSlice> = (set) => ({
  planOpen: false,
  planInputs: { ...DEFAULT_PLAN_INPUTS },
  setPlanOpen: (planOpen) => set({ planOpen }),
  setPlanInput: (id, value) => set((s) => ({ planInputs: { ...s.planInputs, [id]: value } })),
  resetPlanInputs: () => set({ planInputs: { ...DEFAULT_PLAN_INPUTS } }),
});

/** The location hash that opens the Plan view ("#plan"), so it can be linked. */
export const PLAN_HASH = '#plan';

export function isPlanHash(hash: string): boolean {
  return hash === PLAN_HASH;
}
