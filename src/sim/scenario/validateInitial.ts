/**
 * Validation of `ensemble.initial`: the persisted state (epochs and a log) each server starts
 * from. The checks are ZooKeeper's own when it loads its state (QuorumPeer.loadDataBase), the
 * zxid's own limits (32 bits of epoch and of counter, ZOOKEEPER-1277), and the bound on the
 * transactions the simulation materialises on its disks (bounds.ts, INITIAL_TXNS_MAX).
 */
import { COUNTER_MAX, formatZxid, parseZxid } from '../zab/zxid';
import { EPOCH_MAX, INITIAL_TXNS_MAX } from './bounds';
import { checkSid, type Ctx } from './context';
import {
  at,
  checkKeys,
  expectObject,
  fail,
  join,
  need,
  requireInt,
  requireString,
  type Obj,
} from './fields';
import type { InitialState } from './types';
import { gotOf, why } from './why';

/** A zxid's text is at most "0x" and 16 hex digits. */
const ZXID_CHARS_MAX = 18;

export function validateInitial(items: unknown[], path: string, ctx: Ctx): InitialState[] {
  const result: InitialState[] = [];
  let txns = 0;
  items.forEach((item, i) => {
    const p = at(path, i);
    const obj = expectObject(item, p);
    checkKeys(obj, p, ['sid', 'acceptedEpoch', 'currentEpoch', 'lastZxid']);
    const sid = checkSid(need(obj, 'sid', p, { code: 'serverId' }), join(p, 'sid'), ctx);
    if (result.some((r) => r.sid === sid)) fail(join(p, 'sid'), why('initialTwice', { sid }));
    const state = validateEpochs(obj, p, sid);
    // The log holds (epoch, 1)..(epoch, counter): counter transactions on this server's disk.
    txns += (parseZxid(state.lastZxid) as { counter: number }).counter;
    if (txns > INITIAL_TXNS_MAX) {
      fail(join(p, 'lastZxid'), why('initialTxnsMax', { txns, max: INITIAL_TXNS_MAX }));
    }
    result.push(state);
  });
  checkEpochsLeft(result, path, ctx);
  return result.sort((a, b) => a.sid - b.sid);
}

/**
 * The same checks ZooKeeper makes when it loads its persisted state (QuorumPeer.loadDataBase):
 * it refuses to start if acceptedEpoch < currentEpoch, or if currentEpoch is older than the epoch
 * of the last logged zxid. An injected state that ZooKeeper could never have written would teach
 * something false, so it is refused here too.
 */
function validateEpochs(obj: Obj, p: string, sid: number): InitialState {
  const epochRange = { min: 0, max: EPOCH_MAX };
  const acceptedEpoch = requireInt(obj, 'acceptedEpoch', p, epochRange);
  const currentEpoch = requireInt(obj, 'currentEpoch', p, epochRange);
  if (currentEpoch > acceptedEpoch) {
    fail(join(p, 'currentEpoch'), why('currentAboveAccepted', { currentEpoch, acceptedEpoch }));
  }
  const text = requireString(obj, 'lastZxid', p, { maxChars: ZXID_CHARS_MAX });
  const zxid = parseZxid(text);
  if (zxid === undefined) {
    fail(join(p, 'lastZxid'), why('notZxid', { got: gotOf(text) }));
  }
  if (zxid.epoch > currentEpoch) {
    fail(
      join(p, 'lastZxid'),
      why('zxidEpochAboveCurrent', { epoch: zxid.epoch, zxid: formatZxid(zxid), currentEpoch }),
    );
  }
  if (zxid.epoch === 0 && zxid.counter !== 0) {
    fail(join(p, 'lastZxid'), why('zxidEpochZero', { zxid: formatZxid(zxid) }));
  }
  if (zxid.counter === COUNTER_MAX) {
    fail(join(p, 'lastZxid'), why('zxidCounterMax', { zxid: formatZxid(zxid) }));
  }
  return { sid, acceptedEpoch, currentEpoch, lastZxid: formatZxid(zxid) };
}

/**
 * Every election needs a new epoch (one above the acceptedEpoch of each server in the first
 * quorum), and an epoch has 32 bits. When a majority of the voters start at the largest epoch,
 * every quorum holds one of them, so no leader could ever be established: refused rather than
 * run as an ensemble that only ever elects and gives up.
 */
function checkEpochsLeft(states: readonly InitialState[], path: string, ctx: Ctx): void {
  const atMax = states.filter((s) => s.sid <= ctx.voters && s.acceptedEpoch === EPOCH_MAX);
  if (atMax.length <= ctx.voters / 2) return;
  fail(
    path,
    why('epochsExhausted', {
      sids: atMax.map((s) => s.sid),
      voters: ctx.voters,
      epochMax: EPOCH_MAX,
    }),
  );
}
