/// <reference lib="webworker" />
/**
 * A capacity worker: runs the jobs the pool sends it, one at a time, in order (runJob.ts), of
 * either of the Plan view's checks by simulation (plan points on the cost model, backends sizing
 * points on the lab). The pool starts one per core and terminates them when the check ends or is
 * cancelled (src/ui/bridge/capacityPool.ts).
 */
import { receive, versioned } from '../../protocol/messages';
import type { FromCapacityWorkerBody, ToCapacityWorkerBody } from '../../protocol/capacity';
import { runCapacityJob } from './runJob';

declare const self: DedicatedWorkerGlobalScope;

function post(body: FromCapacityWorkerBody): void {
  self.postMessage(versioned(body));
}

self.onmessage = (e: MessageEvent<unknown>) => {
  const got = receive<ToCapacityWorkerBody>(e.data);
  if (!got.ok) {
    post({ type: 'failed', job: -1, message: got.error });
    return;
  }
  runCapacityJob(got.message, post);
};
