/**
 * The client, balancer and network-delay actions in the reader's language, from their code and
 * parameters (ActionData, sim/trace/traceEvent.ts). The server actions are in explain.ts.
 */
import type { ActionData } from '../../sim/vocabulary';
import type { BalancerActionKind } from '../../sim/vocabulary';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/t';
import { sidNames } from './reasons';

type ClientAction = Extract<
  ActionData,
  {
    do:
      | 'client-crash'
      | 'client-restart'
      | 'client-heal'
      | 'client-partition'
      | 'client-freeze'
      | 'client-unfreeze';
  }
>;
type LockAction = Extract<ActionData, { do: 'lock-acquire' | 'lock-release' }>;
type BackendAction = Extract<ActionData, { do: BalancerActionKind }>;

const CLIENT_KEY = {
  'client-crash': 'ex.action.clientCrash',
  'client-restart': 'ex.action.clientRestart',
  'client-heal': 'ex.action.clientHeal',
  'client-freeze': 'ex.action.clientFreeze',
  'client-unfreeze': 'ex.action.clientUnfreeze',
} as const satisfies Record<string, MessageKey>;

const BACKEND_KEY: Record<BalancerActionKind, MessageKey> = {
  'kill-backend': 'ex.action.killBackend',
  'restart-backend': 'ex.action.restartBackend',
  'slow-backend': 'ex.action.slowBackend',
  'add-backend': 'ex.action.addBackend',
  'remove-backend': 'ex.action.removeBackend',
};

export function clientActionText(d: ClientAction, t: Translate): string {
  if (d.do === 'client-partition')
    return d.from === 'all'
      ? t('ex.action.clientPartitionAll', { client: d.client })
      : t('ex.action.clientPartition', { client: d.client, servers: sidNames(d.from) });
  if (d.noop !== null) return t('ex.action.clientNoop', { action: d.do, client: d.client });
  return t(CLIENT_KEY[d.do], { client: d.client });
}

/** lock-acquire / lock-release (src/sim/engine/clientLock.ts), with the reason when nothing changed. */
export function lockActionText(d: LockAction, t: Translate): string {
  const p = { action: d.do, client: d.client, path: d.path ?? '' };
  switch (d.noop) {
    case null:
      if (d.do === 'lock-acquire') return t('ex.action.lockAcquire', p);
      return t(d.holding === false ? 'ex.action.lockGiveUp' : 'ex.action.lockRelease', p);
    case 'frozen':
    case 'not-connected':
    case 'other-recipe':
    case 'already-queued':
    case 'not-queued':
      return t(`ex.action.lockNoop.${d.noop}`, p);
    default:
      return t('ex.action.clientNoop', p);
  }
}

export function backendActionText(d: BackendAction, t: Translate): string {
  if (d.noop !== null) return t('ex.action.backendNoop', { action: d.do, backend: d.backend });
  return t(BACKEND_KEY[d.do], { backend: d.backend, factor: d.factor ?? 1 });
}
