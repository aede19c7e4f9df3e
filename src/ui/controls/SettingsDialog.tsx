/**
 * Settings of the run, in a modal dialog: seed, voters (3 to 9) and observers, tickTime,
 * initLimit, syncLimit, the network's delay range and the run's length. Applying reloads the
 * scenario with the new values (the worker validates them; a refusal is shown as a notice and the
 * current run stays).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useController } from '../controllerContext';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { LIMITS, settingsOf, type Settings } from '../share/settings';
import { useAppStore } from '../store/appStore';

interface FieldSpec {
  key: keyof Settings;
  label: MessageKey;
  hint?: MessageKey;
  min: number;
  max?: number;
  /** Shown in seconds, stored in ms. */
  seconds?: boolean;
}

const FIELDS: FieldSpec[] = [
  { key: 'seed', label: 'settings.seed', hint: 'settings.seedHint', min: 0 },
  { key: 'servers', label: 'settings.servers', min: LIMITS.serversMin, max: LIMITS.serversMax },
  {
    key: 'observers',
    label: 'settings.observers',
    hint: 'settings.observersHint',
    min: 0,
    max: LIMITS.sidsMax - LIMITS.serversMin,
  },
  { key: 'tickTimeMs', label: 'settings.tickTime', hint: 'settings.tickTimeHint', min: 1 },
  { key: 'initLimit', label: 'settings.initLimit', hint: 'settings.initLimitHint', min: 1 },
  { key: 'syncLimit', label: 'settings.syncLimit', hint: 'settings.syncLimitHint', min: 1 },
  { key: 'delayMsMin', label: 'settings.delayMin', min: 0 },
  { key: 'delayMsMax', label: 'settings.delayMax', min: 0 },
  { key: 'untilMs', label: 'settings.until', min: 1, seconds: true },
];

export function SettingsDialog() {
  const t = useT();
  const ctl = useController();
  const open = useAppStore((s) => s.settingsOpen);
  const setOpen = useAppStore((s) => s.setSettingsOpen);
  const scenario = useAppStore((s) => s.scenario);
  const ref = useRef<HTMLDialogElement>(null);
  const [values, setValues] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const current = values ?? (scenario ? settingsOf(scenario) : null);
  const close = () => {
    setValues(null);
    setProblem(null);
    setOpen(false);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!current) return;
    if (current.servers + current.observers > LIMITS.sidsMax)
      return setProblem(t('settings.tooMany', { max: LIMITS.sidsMax }));
    if (current.delayMsMin > current.delayMsMax) return setProblem(t('settings.delayOrder'));
    ctl.applySettings(current);
    close();
  };

  return (
    <dialog ref={ref} className="settings" aria-labelledby="settings-title" onClose={close}>
      {current && (
        <form onSubmit={submit}>
          <h2 id="settings-title">{t('settings.title')}</h2>
          <p className="dialog-note">{t('settings.note')}</p>
          <div className="settings-grid">
            {FIELDS.map((f) => (
              <label key={f.key} className="field">
                <span>{t(f.label)}</span>
                <input
                  type="number"
                  required
                  min={f.seconds ? f.min / 1000 : f.min}
                  max={f.max}
                  step={f.seconds ? 0.1 : 1}
                  value={f.seconds ? current[f.key] / 1000 : current[f.key]}
                  onChange={(e) => {
                    const n = Number(e.target.value);
                    setValues({
                      ...current,
                      [f.key]: f.seconds ? Math.round(n * 1000) : Math.round(n),
                    });
                  }}
                />
                {f.hint && <small>{t(f.hint)}</small>}
              </label>
            ))}
          </div>
          {problem && (
            <p className="dialog-problem" role="alert">
              {problem}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="quiet" onClick={close}>
              {t('settings.cancel')}
            </button>
            <button type="submit" className="primary">
              {t('settings.apply')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
