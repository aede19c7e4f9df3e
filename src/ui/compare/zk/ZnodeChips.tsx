/**
 * The service znode and its children as chips, one per backend added so far. A chip whose znode
 * is gone stays in place, greyed, struck through and labelled "no znode", so the eye sees which
 * child vanished; a present znode whose process is dead gets a dashed danger border (the state is
 * written too, never colour alone). The tooltip holds the backend's session details.
 */
import type { LabZkBackendView } from '../../../protocol/frame';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';

function chipState(b: LabZkBackendView): 'present' | 'orphan' | 'absent' {
  if (!b.znode) return 'absent';
  return b.status === 'CRASHED' ? 'orphan' : 'present';
}

export function ZnodeChips({
  service,
  backends,
}: {
  service: string;
  backends: LabZkBackendView[];
}) {
  const t = useT();
  return (
    <div className="zk-tree">
      <code className="zk-service">{service}</code>
      <ul className="zk-chips" aria-label={t('zk.children', { service })}>
        {backends.map((b) => {
          const status = t(`zk.status.${b.status}` as MessageKey);
          const title = t('zk.chipTitle', {
            session: b.sessionId ?? '—',
            status,
            timeout: b.timeoutMs === null ? '?' : b.timeoutMs / 1000,
          });
          const state = chipState(b);
          return (
            <li key={b.id} className={`zk-chip zk-chip-${state}`} title={title}>
              <span className="zk-chip-head">
                <strong className="zk-chip-id">{b.id}</strong>
                <span className="zk-chip-status">{status}</span>
              </span>
              <span className="zk-chip-owner">
                {b.znode && b.owner !== null
                  ? t('zk.owner', { session: b.owner })
                  : t('zk.noZnode')}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
