/**
 * The ZooKeeper side of the comparison, under the membership line: the service znode with each
 * backend's ephemeral child as a chip, a countdown for each dead backend whose session the leader
 * still holds, and the latest membership events as a small timeline. It reads the lab's `zk`
 * part of the current frame, so the transport bar drives it (stepping back counts back up).
 */
import { useAppStore } from '../../store/appStore';
import { useT } from '../../i18n/useT';
import { DeadBackends } from './DeadBackends';
import { ZkEventList } from './ZkEventList';
import { ZnodeChips } from './ZnodeChips';

export function ZkStrip() {
  const t = useT();
  const zk = useAppStore((s) => s.frame?.lab?.zk ?? null);
  const service = useAppStore((s) => s.frame?.lab?.service ?? '');
  if (zk === null) return null;
  const source =
    zk.leader !== null
      ? t('zk.source.leader', { sid: zk.leader })
      : zk.treeSid !== null
        ? t('zk.source.server', { sid: zk.treeSid })
        : t('zk.source.none');
  return (
    <section className="zk-strip" aria-label={t('zk.region', { service })}>
      <div className="zk-head">
        <strong className="zk-title">{t('zk.title')}</strong>
        <span className="zk-source">{source}</span>
      </div>
      <ZnodeChips service={service} backends={zk.backends} />
      <DeadBackends backends={zk.backends} />
      <ZkEventList events={zk.events} />
    </section>
  );
}
