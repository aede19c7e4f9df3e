/**
 * Faults and writes above the ensemble: draw a partition (click servers to put them in group B,
 * then apply), heal it, and send a client write through a chosen server to watch PROPOSAL, ACK
 * and COMMIT. Crash and restart live on each card; freeze in the inspector.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';

function groupsText(groups: number[][]): string {
  return groups.map((g) => `{${g.map((s) => 'S' + s).join(', ')}}`).join(' | ');
}

export function FaultBar() {
  const t = useT();
  const ctl = useController();
  const sids = useAppStore(useShallow((s) => s.frame?.servers.map((x) => x.sid) ?? []));
  const leader = useAppStore(
    (s) => s.frame?.servers.find((x) => x.state === 'LEADING')?.sid ?? null,
  );
  const partition = useAppStore((s) => s.frame?.partition ?? null);
  const draft = useAppStore((s) => s.partitionDraft);
  const writes = useAppStore((s) => s.commands.filter((c) => c.action.do === 'write').length);
  const { startPartition, cancelPartition } = useAppStore(
    useShallow((s) => ({ startPartition: s.startPartition, cancelPartition: s.cancelPartition })),
  );
  const [via, setVia] = useState<number | null>(null);
  const target = via ?? leader ?? sids[0] ?? 1;

  const apply = () => {
    if (!draft) return;
    const a = sids.filter((s) => !draft.includes(s));
    ctl.act({ do: 'partition', groups: [a, draft] });
    cancelPartition();
  };
  const write = () =>
    ctl.act({ do: 'write', via: target, path: `/zabscope/w${writes + 1}`, data: `v${writes + 1}` });
  const validDraft = draft !== null && draft.length > 0 && draft.length < sids.length;

  return (
    <div className="fault-bar" role="toolbar" aria-label={t('faults.label')}>
      {draft === null ? (
        <>
          <button
            type="button"
            className="quiet"
            onClick={startPartition}
            disabled={sids.length === 0}
          >
            {t('faults.partition')}
          </button>
          <button
            type="button"
            className="quiet"
            onClick={() => ctl.act({ do: 'heal' })}
            disabled={!partition}
          >
            {t('faults.heal')}
          </button>
          {partition && (
            <span className="fault-status">
              {t('faults.partitioned', { groups: groupsText(partition) })}
            </span>
          )}
        </>
      ) : (
        <>
          <span className="fault-hint" role="status">
            {t('faults.draftHint')}
          </span>
          <button type="button" onClick={apply} disabled={!validDraft}>
            {t('faults.apply')}
          </button>
          <button type="button" className="quiet" onClick={cancelPartition}>
            {t('faults.cancel')}
          </button>
        </>
      )}
      <span className="spacer" />
      <label className="field inline">
        <span>{t('faults.writeVia')}</span>
        <select
          aria-label={t('faults.writeVia')}
          value={target}
          onChange={(e) => setVia(Number(e.target.value))}
          disabled={sids.length === 0}
        >
          {sids.map((s) => (
            <option key={s} value={s}>
              {t('faults.server', { sid: s })}
              {s === leader ? ` (${t('faults.leader')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={write} disabled={sids.length === 0}>
        {t('faults.write')}
      </button>
    </div>
  );
}
