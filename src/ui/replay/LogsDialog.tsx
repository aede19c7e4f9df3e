/**
 * "Open ZooKeeper logs": a modal dialog where a person drops, chooses or pastes the log files of
 * the servers of one ensemble, may give a file's server id (when its content and name do not
 * say), and replays them. The worker parses them (src/logs); a refused set shows each file's
 * problem here and changes nothing, and the dialog closes only once the replay has opened (the
 * bridge closes it when the worker reports the logs opened).
 */
import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { LogError, ReplayFileInput } from '../../protocol/replay';
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { logErrorText } from './logErrorText';

/** All files together, as read into the page: 64 MiB (one file may be up to 50 MiB). */
export const REPLAY_INPUT_BYTES_MAX = 64 * 1024 * 1024;
/** As src/logs LOG_FILES_MAX: the servers of an ensemble and their rotated logs. */
export const REPLAY_FILES_MAX = 100;
const SID_MAX = 255;

/** Characters as MiB with one decimal (the bar's text; a character is a byte of ASCII logs). */
function mebibytes(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

interface Chosen {
  name: string;
  text: string;
  /** What the person typed as its server id ('' = from its content or name). */
  sid: string;
}

type Problem =
  | { kind: 'none' | 'pasteEmpty' }
  | { kind: 'tooLarge' }
  | { kind: 'tooMany' }
  | { kind: 'cancelled' }
  | { kind: 'sidBad'; name: string };

function sidOf(c: Chosen): number | null | undefined {
  if (c.sid.trim() === '') return null;
  const n = Number(c.sid);
  return Number.isInteger(n) && n >= 1 && n <= SID_MAX ? n : undefined;
}

export function LogsDialog() {
  const t = useT();
  const ctl = useController();
  const open = useAppStore((s) => s.logsDialogOpen);
  const setOpen = useAppStore((s) => s.setLogsDialogOpen);
  const errors = useAppStore((s) => s.logErrors);
  const busy = useAppStore((s) => s.busy);
  const ref = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [pasteName, setPasteName] = useState('');
  const [pasteText, setPasteText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  /** Whether this dialog sent files: only then are the worker's refusals its to show. */
  const [pending, setPending] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  /** The worker is reading the files this dialog sent: the bar and its Cancel show. */
  const reading = pending && busy?.kind === 'logs' ? busy : null;
  const stopReading = () => {
    ctl.cancel();
    setPending(false);
    setProblem({ kind: 'cancelled' });
  };
  const close = () => {
    if (reading) ctl.cancel();
    setChosen([]);
    setProblem(null);
    setPending(false);
    setOpen(false);
  };
  const add = async (files: FileList | File[]) => {
    const list = [...files];
    const bytes = [...chosen.map((c) => c.text.length), ...list.map((f) => f.size)].reduce(
      (a, b) => a + b,
      0,
    );
    if (bytes > REPLAY_INPUT_BYTES_MAX) return setProblem({ kind: 'tooLarge' });
    if (chosen.length + list.length > REPLAY_FILES_MAX) return setProblem({ kind: 'tooMany' });
    const read = await Promise.all(
      list.map(async (f) => ({ name: f.name, text: await f.text(), sid: '' })),
    );
    setProblem(null);
    setChosen((c) => [...c, ...read]);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void add(e.dataTransfer.files);
  };
  const addPaste = () => {
    if (pasteName.trim() === '' || pasteText.trim() === '')
      return setProblem({ kind: 'pasteEmpty' });
    setChosen((c) => [...c, { name: pasteName.trim(), text: pasteText, sid: '' }]);
    setPasteName('');
    setPasteText('');
    setProblem(null);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen.length === 0) return setProblem({ kind: 'none' });
    const files: ReplayFileInput[] = [];
    for (const c of chosen) {
      const sid = sidOf(c);
      if (sid === undefined) return setProblem({ kind: 'sidBad', name: c.name });
      files.push({ name: c.name, text: c.text, sid });
    }
    setProblem(null);
    setPending(true);
    ctl.openLogs(files);
  };
  const problemText = (p: Problem): string => {
    switch (p.kind) {
      case 'none':
        return t('replay.none');
      case 'pasteEmpty':
        return t('replay.pasteEmpty');
      case 'tooLarge':
        return t('replay.tooLarge', { mib: REPLAY_INPUT_BYTES_MAX / 1024 / 1024 });
      case 'tooMany':
        return t('replay.tooMany', { max: REPLAY_FILES_MAX });
      case 'sidBad':
        return t('replay.sidBad', { name: p.name });
      case 'cancelled':
        return t('replay.parse.cancelled');
    }
  };
  const shownErrors: LogError[] = pending && errors ? errors : [];

  return (
    <dialog ref={ref} className="settings logs-dialog" aria-labelledby="logs-title" onClose={close}>
      <form onSubmit={submit} noValidate>
        <h2 id="logs-title">{t('replay.dialogTitle')}</h2>
        <p className="dialog-note">
          {t('replay.dialogNote', {
            max: REPLAY_FILES_MAX,
            mib: REPLAY_INPUT_BYTES_MAX / 1024 / 1024,
          })}
        </p>
        <div className="logs-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
          <span>{t('replay.drop')}</span>
          <button type="button" className="quiet" onClick={() => inputRef.current?.click()}>
            {t('replay.choose')}
          </button>
          <input
            ref={inputRef}
            type="file"
            multiple
            hidden
            aria-label={t('replay.files')}
            onChange={(e) => {
              const files = e.target.files ? [...e.target.files] : [];
              e.target.value = '';
              void add(files);
            }}
          />
        </div>
        <div className="logs-paste">
          <label className="field">
            <span>{t('replay.pasteName')}</span>
            <input value={pasteName} onChange={(e) => setPasteName(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('replay.pasteText')}</span>
            <textarea rows={3} value={pasteText} onChange={(e) => setPasteText(e.target.value)} />
          </label>
          <button type="button" className="quiet" onClick={addPaste}>
            {t('replay.addPaste')}
          </button>
        </div>
        <h3 className="logs-chosen-title">{t('replay.chosen')}</h3>
        {chosen.length === 0 ? (
          <p className="dialog-note">{t('replay.noneChosen')}</p>
        ) : (
          <ul className="logs-chosen">
            {chosen.map((c, i) => (
              <li key={`${c.name}-${i}`}>
                <span className="logs-name">{c.name}</span>
                <input
                  type="text"
                  inputMode="numeric"
                  aria-label={t('replay.sidFor', { name: c.name })}
                  placeholder={t('replay.sidAuto')}
                  value={c.sid}
                  onChange={(e) =>
                    setChosen((all) =>
                      all.map((x, k) => (k === i ? { ...x, sid: e.target.value } : x)),
                    )
                  }
                />
                <button
                  type="button"
                  className="quiet"
                  aria-label={t('replay.remove', { name: c.name })}
                  onClick={() => setChosen((all) => all.filter((_, k) => k !== i))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        {reading && (
          <div className="logs-progress" role="group" aria-label={t('replay.parse.label')}>
            <span role="status">
              {reading.progress === null
                ? t('replay.parse.started')
                : reading.progress.unit === 'events'
                  ? t('replay.parse.building', {
                      done: reading.progress.done,
                      total: reading.progress.total,
                    })
                  : t('replay.parse.progress', {
                      done: mebibytes(reading.progress.done),
                      total: mebibytes(reading.progress.total),
                    })}
            </span>
            <progress
              aria-label={t('replay.parse.label')}
              value={reading.progress?.done ?? 0}
              max={Math.max(1, reading.progress?.total ?? 1)}
            />
            <button type="button" className="quiet" onClick={stopReading}>
              {t('replay.parse.cancel')}
            </button>
          </div>
        )}
        {(problem || shownErrors.length > 0) && (
          <div className="dialog-problem" role="alert">
            {problem && <p>{problemText(problem)}</p>}
            {shownErrors.map((e, i) => (
              <p key={i}>{logErrorText(e, t)}</p>
            ))}
            {shownErrors.length > 0 && <p>{t('replay.unchanged')}</p>}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="quiet" onClick={close}>
            {t('replay.cancel')}
          </button>
          <button type="submit" className="primary" disabled={reading !== null}>
            {t('replay.openButton')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
