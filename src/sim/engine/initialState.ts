/**
 * Persisted state injected before the first start (SCENARIO.md ensemble.initial): epochs and a
 * log of txns (epoch, 1)..(epoch, counter). Txn content is a function of the zxid alone, so logs
 * that share a prefix are identical there, as the format promises.
 */
import { append, at } from '../kernel/chunkedList';
import type { Txn } from '../zab/messages';
import { txnValue } from '../zab/messages';
import { formatZxid, makeZxid, parseZxid } from '../zab/zxid';
import type { Simulation } from './simulation';

export function initialTxn(epoch: number, counter: number): Txn {
  const zxid = makeZxid(epoch, counter);
  return { zxid, path: '/zabscope/initial', data: formatZxid(zxid), writeId: -1 };
}

export function injectInitialState(sim: Simulation): void {
  const injected: Txn[] = [];
  for (const init of sim.world.scenario.ensemble.initial) {
    const rec = sim.server(init.sid);
    const last = parseZxid(init.lastZxid) ?? makeZxid(0, 0);
    rec.disk.acceptedEpoch = init.acceptedEpoch;
    rec.disk.currentEpoch = init.currentEpoch;
    for (let c = 1; c <= last.counter && last.epoch > 0; c++) {
      const txn = initialTxn(last.epoch, c);
      append(rec.disk.log, txn);
      if (!injected.some((t) => t.zxid.epoch === txn.zxid.epoch && t.zxid.counter === c))
        injected.push(txn);
    }
  }
  // The checker must know these txns were once proposed by the leader of their epoch.
  injected.sort((a, b) => a.zxid.epoch - b.zxid.epoch || a.zxid.counter - b.zxid.counter);
  for (const t of injected)
    sim.ghost({
      kind: 'propose',
      sid: 0,
      epoch: t.zxid.epoch,
      txn: { zxid: t.zxid, value: txnValue(t) },
    });
  for (const init of sim.world.scenario.ensemble.initial) {
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
