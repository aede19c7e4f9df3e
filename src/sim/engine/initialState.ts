/**
 * Persisted state injected before the first start (SCENARIO.md ensemble.initial): epochs and a
 * log of txns (epoch, 1)..(epoch, counter). Txn content is a function of the zxid alone, so logs
 * that share a prefix are identical there, as the format promises.
 */
import {
  append,
  at,
  cloneList,
  emptyList,
  truncate,
  type ChunkedList,
} from '../kernel/chunkedList';
import type { Txn } from '../zab/messages';
import { txnValue } from '../zab/messages';
import { formatZxid, makeZxid, parseZxid } from '../zab/zxid';
import type { ServerEffects } from './effects';

export function initialTxn(epoch: number, counter: number): Txn {
  const zxid = makeZxid(epoch, counter);
  return { zxid, path: '/zabscope/initial', data: formatZxid(zxid), writeId: -1 };
}

/**
 * Writes each server's epochs and log. Linear in the transactions: one log per epoch, as long as
 * the longest lastZxid of that epoch, and each server's log is a clone of it cut at its own
 * counter, so servers of one epoch share every full chunk (their prefixes are identical by
 * construction). The scenario bounds the total (scenario/bounds.ts, INITIAL_TXNS_MAX).
 */
export function injectInitialState(sim: ServerEffects): void {
  const initial = sim.world.scenario.ensemble.initial;
  const lastOf = (lastZxid: string) => parseZxid(lastZxid) ?? makeZxid(0, 0);
  const longest = new Map<number, number>();
  for (const init of initial) {
    const last = lastOf(init.lastZxid);
    if (last.epoch > 0)
      longest.set(last.epoch, Math.max(longest.get(last.epoch) ?? 0, last.counter));
  }
  const epochs = [...longest.keys()].sort((a, b) => a - b);
  const logs = new Map<number, ChunkedList<Txn>>();
  for (const epoch of epochs) {
    const log = emptyList<Txn>();
    for (let c = 1; c <= (longest.get(epoch) as number); c++) append(log, initialTxn(epoch, c));
    logs.set(epoch, log);
  }
  for (const init of initial) {
    const rec = sim.server(init.sid);
    const last = lastOf(init.lastZxid);
    rec.disk.acceptedEpoch = init.acceptedEpoch;
    rec.disk.currentEpoch = init.currentEpoch;
    if (last.epoch === 0) continue;
    const log = cloneList(logs.get(last.epoch) as ChunkedList<Txn>);
    truncate(log, last.counter);
    rec.disk.log = log;
    rec.disk.logFiles = log.length > 0 ? [0] : [];
  }
  // The checker must know these txns were once proposed by the leader of their epoch.
  for (const epoch of epochs) {
    const log = logs.get(epoch) as ChunkedList<Txn>;
    for (let i = 0; i < log.length; i++) {
      const t = at(log, i) as Txn;
      sim.ghost({ kind: 'propose', sid: 0, epoch, txn: { zxid: t.zxid, value: txnValue(t) } });
    }
  }
  for (const init of initial) {
    const rec = sim.server(init.sid);
    sim.ghost({
      kind: 'epochs',
      sid: init.sid,
      acceptedEpoch: rec.disk.acceptedEpoch,
      currentEpoch: rec.disk.currentEpoch,
    });
    for (let i = 0; i < rec.disk.log.length; i++) {
      const t = at(rec.disk.log, i) as Txn;
      sim.ghost({ kind: 'log', sid: init.sid, txn: { zxid: t.zxid, value: txnValue(t) } });
    }
  }
}
