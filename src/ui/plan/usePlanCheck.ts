/**
 * The state of "Check by simulation" for the Plan view: its settings, the running check (spread
 * over the capacity workers by src/ui/bridge/capacityPool.ts), and its results, tied to the
 * plan and settings they were measured for. A check whose plan or settings change while it runs
 * is stopped (its runs would measure a plan no longer shown); results whose plan or settings
 * changed since are reported stale and no longer drawn, never shown as current. Leaving the view
 * stops a running check.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { startCapacityCheck } from '../bridge/capacityPool';
import type { CheckFailure, CheckProgress, RunningCheck } from '../bridge/capacityScheduler';
import {
  aggregate,
  checkPoints,
  checkRuns,
  defaultCheckSettings,
  disagreements,
  type CheckPoint,
  type CheckSettings,
  type Disagreement,
  type PointResult,
} from './checkPlan';
import type { PlanInputs } from './planInputs';
import type { PlanModel } from './planModel';

/** The bar is redrawn when the check has advanced by this share of its work (0.5 %). */
const PROGRESS_REDRAW = 0.005;

export type CheckState =
  | { status: 'idle' }
  | { status: 'running'; key: string; progress: CheckProgress; workers: number }
  | {
      status: 'done';
      key: string;
      seeds: number;
      runs: number;
      workers: number;
      results: PointResult[];
      disagreements: Disagreement[];
    }
  /** Stopped by the person (`cancelled`) or by a change of the plan or settings (`changed`). */
  | { status: 'stopped'; reason: 'cancelled' | 'changed'; finished: number; total: number }
  | { status: 'failed'; point: CheckPoint | null; seed: number | null; message: string };

export interface PlanCheck {
  settings: CheckSettings;
  setSettings: (s: CheckSettings) => void;
  state: CheckState;
  /** Runs the current settings ask for (0: nothing to check). */
  runCount: number;
  /** True when `state` holds results for exactly the plan and settings shown. */
  current: boolean;
  start: () => void;
  cancel: () => void;
}

export function usePlanCheck(model: PlanModel, inputs: PlanInputs): PlanCheck {
  const [settings, setSettings] = useState(() => defaultCheckSettings(model.point.voters));
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const running = useRef<RunningCheck | null>(null);
  const key = JSON.stringify([inputs, settings]);
  const points = checkPoints(model, settings);
  const runCount = points.length * settings.seeds;

  // A change of plan or settings stops a running check: the state says so at once (during
  // render, React's pattern for state derived from a change), and the effect below stops the
  // workers, which live outside React.
  if (state.status === 'running' && state.key !== key) {
    setState({
      status: 'stopped',
      reason: 'changed',
      finished: state.progress.finished,
      total: state.progress.total,
    });
  }
  useEffect(() => {
    if (state.status !== 'running' && running.current) {
      running.current.cancel();
      running.current = null;
    }
  }, [state.status]);
  // Leaving the view stops it too (the workers would otherwise run on unseen).
  useEffect(() => () => running.current?.cancel(), []);

  const start = useCallback(() => {
    running.current?.cancel();
    const runs = checkRuns(points, settings, model.params);
    if (runs.length === 0) return;
    const startedKey = key;
    const seeds = settings.seeds;
    const params = model.params;
    let workers = 0;
    /** Set when the check ended before start returned (a worker failing to start). */
    let settled = false;
    const check = startCapacityCheck(runs, {
      // Redrawn when the bar moves by a visible step or a run finishes, not on every message.
      progress: (progress) =>
        setState((s) =>
          s.status === 'running' &&
          s.key === startedKey &&
          (progress.finished !== s.progress.finished ||
            progress.share - s.progress.share >= PROGRESS_REDRAW)
            ? { ...s, progress }
            : s,
        ),
      done: (measurements) => {
        settled = true;
        running.current = null;
        const results = aggregate(points, seeds, measurements, params);
        setState({
          status: 'done',
          key: startedKey,
          seeds,
          runs: runs.length,
          workers,
          results,
          disagreements: disagreements(results),
        });
      },
      failed: (f: CheckFailure) => {
        settled = true;
        running.current = null;
        const at = f.run === null ? null : runs[f.run]!;
        const point = f.run === null ? null : points[Math.floor(f.run / seeds)]!;
        setState({ status: 'failed', point, seed: at?.seed ?? null, message: f.message });
      },
    });
    workers = check.workers;
    if (settled) return;
    running.current = check;
    setState({
      status: 'running',
      key: startedKey,
      workers,
      progress: { share: 0, finished: 0, total: runs.length },
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- points follow key
  }, [key, model.params]);

  const cancel = useCallback(() => {
    if (state.status !== 'running') return;
    running.current?.cancel();
    running.current = null;
    setState({
      status: 'stopped',
      reason: 'cancelled',
      finished: state.progress.finished,
      total: state.progress.total,
    });
  }, [state]);

  return {
    settings,
    setSettings,
    state,
    runCount,
    current: state.status === 'done' && state.key === key,
    start,
    cancel,
  };
}
