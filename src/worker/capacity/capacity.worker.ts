/// <reference lib="webworker" />
/**
 * A capacity worker: measures the plan points the pool sends it, one job at a time, in order
 * (runJob.ts). The pool starts one per core and terminates them when the check ends or is
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
