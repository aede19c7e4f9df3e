/**
 * Messages between the Plan view's Backends section and its own worker (src/worker/backends.worker.ts):
 * the lab's simulation of the sizing points takes seconds, so it never runs on the UI thread.
 * Cancel is the bridge terminating the worker: nothing of a stopped check is kept.
 */
import type { BackendRow, BackendsSpec } from '../sim/index';

export type BackendsRequest = { type: 'check'; spec: BackendsSpec };

export type BackendsReply =
  | { type: 'progress'; doneMs: number; totalMs: number }
  | { type: 'done'; rows: BackendRow[] }
  | { type: 'error'; message: string };
