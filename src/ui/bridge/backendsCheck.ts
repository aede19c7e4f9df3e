/**
 * The Backends section's check by simulation, in a worker of its own (the sim worker stays free
 * for the ensemble view). `start` runs one check; `cancel` terminates the worker, so a stopped
 * check costs nothing more and leaves no half result.
 */
import type { BackendRow, BackendsSpec } from '../../sim/index';
import type { BackendsReply } from '../../protocol/backendsCheck';

export interface BackendsCheckHandlers {
  onProgress(share: number): void;
  onDone(rows: BackendRow[]): void;
  onError(message: string): void;
}

export interface BackendsCheck {
  cancel(): void;
}

export function startBackendsCheck(spec: BackendsSpec, h: BackendsCheckHandlers): BackendsCheck {
  // Written inline so that Vite recognises the pattern and bundles the worker.
  const worker = new Worker(new URL('../../worker/backends/backends.worker.ts', import.meta.url), {
    type: 'module',
    name: 'zabscope-backends',
  });
  let over = false;
  const finish = () => {
    over = true;
    worker.terminate();
  };
  worker.onmessage = (event: MessageEvent<BackendsReply>) => {
    if (over) return;
    const m = event.data;
    if (m.type === 'progress') h.onProgress(m.totalMs > 0 ? m.doneMs / m.totalMs : 0);
    else if (m.type === 'done') {
      finish();
      h.onDone(m.rows);
    } else {
      finish();
      h.onError(m.message);
    }
  };
  worker.onerror = (event) => {
    if (over) return;
    event.preventDefault();
    finish();
    h.onError(event.message || 'the worker failed');
  };
  worker.postMessage({ type: 'check', spec });
  return { cancel: finish };
}
