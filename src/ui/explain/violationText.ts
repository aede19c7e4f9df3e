/**
 * The learner's sentence for an invariant violation, worded from its invariant and parameters
 * (never from the checker's English `detail`, which is the CLI's): one sentence per invariant of
 * ZAB.md section 7.2 naming its servers, zxid, value and epoch; the ZooKeeper layer's invariants
 * (items 16-19) from their own parameters (ZkViolationParamsOf).
 */
import {
  asZkViolation,
  type ViolationParams,
  type ZkViolation,
  type ZkViolationParams,
} from '../../sim/vocabulary';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/t';
import { violationsEn } from '../i18n/sections/violations.en';

/** Values longer than this are cut, as the CLI's details cut them, to keep a sentence readable. */
const VALUE_MAX = 40;

function quoted(value: string | null): string {
  if (value === null) return '';
  const v = value.length > VALUE_MAX ? value.slice(0, VALUE_MAX - 3) + '...' : value;
  return JSON.stringify(v);
}

/** "S3", "S3, S4" (en) or "S3、S4" (zh-CN); "another server" when the checker named none. */
function serverList(peers: readonly number[], t: Translate): string {
  if (peers.length === 0) return t('violations.anotherServer');
  return t('violations.servers', { list: peers.join(t('violations.listSep')) });
}

/** A ZooKeeper-layer violation's sentence: each invariant names its own parameters. */
function zkSentence(v: ZkViolation, t: Translate): string {
  const list = (xs: readonly string[]) => xs.join(t('violations.pathSep'));
  switch (v.invariant) {
    case 'ReadsArePrefixes':
    case 'SequentialSuffixesIncrease':
    case 'WatchFiresOnce':
    case 'ClientNeverGoesBack':
      return t(`violations.${v.invariant}`, { ...v.params });
    case 'ClosedSessionLeavesNoEphemerals':
      return t('violations.ClosedSessionLeavesNoEphemerals', {
        sid: v.params.sid,
        session: v.params.session,
        paths: list(v.params.paths),
      });
    case 'EphemeralsHaveNoChildren':
      return t('violations.EphemeralsHaveNoChildren', {
        sid: v.params.sid,
        path: v.params.path,
        children: list(v.params.children),
      });
  }
}

/**
 * The sentence for a violation. A violation without parameters (a trace recorded before they
 * existed) gets an honest generic sentence rather than a guess.
 */
export function violationSentence(
  invariant: string,
  params: ViolationParams | ZkViolationParams | null | undefined,
  t: Translate,
): string {
  const zk = asZkViolation(invariant, params);
  if (zk !== null) return zkSentence(zk, t);
  const key = `violations.${invariant}`;
  if (!params || !('peers' in params) || !(key in violationsEn)) return t('violations.zkLayer');
  return t(key as MessageKey, {
    sid: params.sid,
    peers: serverList(params.peers, t),
    zxid: params.zxid ?? '',
    value: quoted(params.value),
    epoch: params.epoch ?? '',
  });
}
