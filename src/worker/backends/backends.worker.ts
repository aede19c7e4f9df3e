/**
 * The Backends section's worker: the model and the lab's simulation of its decisive points, with
 * progress in simulated ms (planBackends, src/sim/sweep/backendPlan.ts). One check per message;
 * the bridge terminates the worker to cancel.
 */
import { planBackends } from '../../sim/index';
import type { BackendsReply, BackendsRequest } from '../../protocol/backendsCheck';

const post = (reply: BackendsReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<BackendsRequest>) => {
  const { spec } = event.data;
  try {
    // A progress message per simulated second would flood the UI: one per 1% at most.
    let lastShare = -1;
    const rows = planBackends(spec, {
      onProgress: (doneMs, totalMs) => {
        const share = Math.floor((doneMs / totalMs) * 100);
        if (share === lastShare) return;
        lastShare = share;
        post({ type: 'progress', doneMs, totalMs });
      },
    });
    post({ type: 'done', rows });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
