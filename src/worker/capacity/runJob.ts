/**
 * One job of the Plan view's checks as both the browser's capacity worker and the bench's
 * worker_threads run it: one run of either kind (a plan point on the cost model, a backends
 * sizing point on the lab), reporting progress at most every PROGRESS_STEP of the run (a run may
 * call back every few simulated ms; a message per call would flood the UI thread), and turning a
 * throw into a `failed` answer instead of a dead worker.
 */
import { assertNever, measureCapacity, runBackendCheck } from '../../sim/index';
import type {
  CheckOutcome,
  CheckTask,
  FromCapacityWorkerBody,
  ToCapacityWorkerBody,
} from '../../protocol/capacity';

/** Progress is posted when the run has advanced by this share of its simulated time. */
export const PROGRESS_STEP = 0.02;

type Progress = (doneMs: number, totalMs: number) => void;

function runTask(task: CheckTask, progress: Progress): CheckOutcome {
  switch (task.kind) {
    case 'capacity':
      return { kind: 'capacity', result: measureCapacity(task.run, progress) };
    case 'backends':
      return { kind: 'backends', result: runBackendCheck(task.run, { onProgress: progress }) };
    default:
      return assertNever(task, 'check job');
  }
}

export function runCapacityJob(
  request: ToCapacityWorkerBody,
  post: (body: FromCapacityWorkerBody) => void,
): void {
  const { job, task } = request;
  let last = -1;
  try {
    const outcome = runTask(task, (doneMs, totalMs) => {
      const share = totalMs > 0 ? doneMs / totalMs : 1;
      if (share - last < PROGRESS_STEP && share < 1) return;
      last = share;
      post({ type: 'progress', job, doneMs, totalMs });
    });
    post({ type: 'measured', job, outcome });
  } catch (e) {
    post({
      type: 'failed',
      job,
      message: e instanceof Error ? `${e.name}: ${e.message}` : String(e),
    });
  }
}
