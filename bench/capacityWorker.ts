/**
 * A worker_threads worker for bench/capacity.ts: the browser capacity worker's job runner
 * (src/worker/capacity/runJob.ts) behind Node's parentPort instead of a Web Worker's self.
 */
import { parentPort } from 'node:worker_threads';
import type { ToCapacityWorkerBody } from '../src/protocol/capacity';
import { runCapacityJob } from '../src/worker/capacity/runJob';

parentPort!.on('message', (body: ToCapacityWorkerBody) => {
  runCapacityJob(body, (answer) => parentPort!.postMessage(answer));
});
