/**
 * One capacity job as both the browser's capacity worker and the bench's worker_threads run it:
 * measure one plan point with one seed, reporting progress at most every PROGRESS_STEP of the
 * run (a measurement may call back every few simulated ms; a message per call would flood the
 * UI thread), and turning a throw into a `failed` answer instead of a dead worker.
 */
import { measureCapacity } from '../../sim/index';
import type { FromCapacityWorkerBody, ToCapacityWorkerBody } from '../../protocol/capacity';

/** Progress is posted when the run has advanced by this share of its simulated time. */
export const PROGRESS_STEP = 0.02;

export function runCapacityJob(
  request: ToCapacityWorkerBody,
  post: (body: FromCapacityWorkerBody) => void,
): void {
  const { job, run } = request;
  let last = -1;
  try {
    const measurement = measureCapacity(run, (doneMs, totalMs) => {
      const share = totalMs > 0 ? doneMs / totalMs : 1;
      if (share - last < PROGRESS_STEP && share < 1) return;
      last = share;
      post({ type: 'progress', job, doneMs, totalMs });
    });
    post({ type: 'measured', job, measurement });
  } catch (e) {
    post({
      type: 'failed',
      job,
      message: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    });
  }
}
