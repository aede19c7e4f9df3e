/**
 * Helpers that build a checker violation's parameters (ghost.ts ViolationParams), so that every
 * report site names its servers, zxid and epoch the same way.
 */
import { formatZxid } from '../zab/zxid';
import type { GhostTxn, ViolationParams } from './ghost';
import { zxidOf, type TxnRecord } from './checkerState';

export type { ViolationParams };

/** The parameters of a violation by server `sid`; the rest defaults to "not named". */
export function violationParams(sid: number, more: Partial<ViolationParams> = {}): ViolationParams {
  return { sid, peers: [], zxid: null, value: null, epoch: null, ...more };
}

/** The zxid and value of a transaction, for violationParams. */
export function txnParams(r: TxnRecord | GhostTxn): { zxid: string; value: string } {
  const z = 'zxid' in r ? r.zxid : zxidOf(r);
  return { zxid: formatZxid(z), value: r.value };
}
