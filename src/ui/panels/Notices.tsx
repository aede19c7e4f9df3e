/**
 * Messages a person must read, above the stage: an invariant violation (linked to its event), a
 * fork of the timeline, a link or file that could not be opened (the current run is untouched), a
 * refused command, and small confirmations. Alerts are announced; confirmations are polite.
 */
import { useEffect, useState } from 'react';
import { useController } from '../controllerContext';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import type { Notice } from '../store/runSlice';
import { formatTime } from '../player/timeText';
import { megabytes } from '../share/urlState';
import { useAppStore } from '../store/appStore';
import { violationSentence } from '../explain/violationText';
import { fieldProblemSentence } from '../explain/fieldWhyText';
import { linkProblemText } from '../explain/linkProblemText';

function noticeText(
  n: Notice,
  t: (k: MessageKey, p?: Record<string, string | number>) => string,
): string {
  switch (n.kind) {
    case 'loadError': {
      const what =
        n.source === 'url'
          ? 'notice.badLink'
          : n.source === 'file'
            ? 'notice.badFile'
            : 'notice.badSettings';
      return t(what, { reason: n.field ? fieldProblemSentence(n.field, t) : n.message });
    }
    case 'badLink':
      return t('notice.badLink', { reason: linkProblemText(n.problem, t) });
    case 'commandError':
      return t('notice.badCommand', {
        reason: n.field ? fieldProblemSentence(n.field, t) : n.message,
      });
    case 'copied':
      return t(n.ok ? 'notice.copied' : 'notice.copyFailed');
    case 'droppedActions':
      return t('notice.droppedActions', { count: n.count });
    case 'tooLarge':
      return n.source === 'url'
        ? t('notice.linkTooLarge', { max: megabytes(n.maxBytes) })
        : t('notice.fileTooLarge', { size: megabytes(n.bytes ?? 0), max: megabytes(n.maxBytes) });
    case 'cancelled':
      if (n.job === 'logs') return t('replay.parse.cancelled');
      return t(n.job === 'load' ? 'notice.cancelledLoad' : 'notice.cancelledSeek');
  }
}

function ViolationBanner() {
  const t = useT();
  const ctl = useController();
  const v = useAppStore((s) => s.frame?.violations ?? null);
  if (!v || v.count === 0 || !v.first) return null;
  const first = v.first;
  return (
    <div className="banner danger" role="alert">
      <strong>{t('violation.title', { count: v.count })}</strong>{' '}
      <span>
        {t('violation.text', {
          invariant: first.invariant,
          time: formatTime(first.t),
          event: first.e,
        })}
      </span>{' '}
      <span className="detail">{violationSentence(first.invariant, first.params, t)}</span>
      <button type="button" className="quiet" onClick={() => ctl.seek(first.e)}>
        {t('violation.show')}
      </button>
    </div>
  );
}

function ForkBanner() {
  const t = useT();
  const forkedAt = useAppStore((s) => s.forkedAt);
  const dismiss = useAppStore((s) => s.dismissFork);
  if (!forkedAt) return null;
  return (
    <div className="banner info" role="status">
      <span>{t('notice.forked', { time: formatTime(forkedAt.ms), event: forkedAt.event })}</span>
      <button type="button" className="quiet" onClick={dismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

/**
 * ZooKeeper never keeps fewer than 500 committed txns for DIFF (ZKDatabase raises a smaller
 * zookeeper.commitLogCount); a scenario may ask for fewer to show the txn-log and SNAP paths
 * sooner, and then the app says so, once per loaded run, until dismissed.
 */
function CommitLogBanner() {
  const t = useT();
  const info = useAppStore((s) => s.info);
  const [dismissed, setDismissed] = useState<typeof info>(null);
  if (!info || info.commitLogCount >= info.commitLogFloor || dismissed === info) return null;
  return (
    <div className="banner info" role="note">
      <span>
        {t('notice.commitLogWindow', {
          count: info.commitLogCount,
          floor: info.commitLogFloor,
        })}
      </span>
      <button type="button" className="quiet" onClick={() => setDismissed(info)}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

export function Notices() {
  const t = useT();
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  const workerError = useAppStore((s) => s.workerError);

  // Confirmations leave by themselves; problems stay until dismissed.
  useEffect(() => {
    if (notice?.kind !== 'copied') return;
    const id = setTimeout(() => setNotice(null), 4000);
    return () => clearTimeout(id);
  }, [notice, setNotice]);

  // A cancel is the person's own choice: confirmed politely, not raised as a problem.
  const problem = notice !== null && notice.kind !== 'copied' && notice.kind !== 'cancelled';
  return (
    <div className="notices">
      {workerError && (
        <div className="banner danger" role="alert">
          {t('notice.workerError', { reason: workerError })}
        </div>
      )}
      <ViolationBanner />
      <ForkBanner />
      <CommitLogBanner />
      {notice && (
        <div className={`banner ${problem ? 'warn' : 'ok'}`} role={problem ? 'alert' : 'status'}>
          <span>{noticeText(notice, t)}</span>
          <button type="button" className="quiet" onClick={() => setNotice(null)}>
            {t('notice.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
