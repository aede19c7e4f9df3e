/**
 * The learner's sentence for an invariant violation, worded from its invariant and parameters
 * (never from the checker's English `detail`, which is the CLI's): one sentence per invariant of
 * ZAB.md section 7.2 naming its servers, zxid, value and epoch.
 */
import type { ViolationParams } from '../../sim/vocabulary';
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

/** The sentence for a violation; the ZooKeeper layer's violations carry no parameters yet. */
export function violationSentence(
  invariant: string,
  params: ViolationParams | null | undefined,
  t: Translate,
): string {
  const key = `violations.${invariant}`;
  if (!params || !(key in violationsEn)) return t('violations.zkLayer');
  return t(key as MessageKey, {
    sid: params.sid,
    peers: serverList(params.peers, t),
    zxid: params.zxid ?? '',
    value: quoted(params.value),
    epoch: params.epoch ?? '',
  });
}
