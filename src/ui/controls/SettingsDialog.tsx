/**
 * Settings of the run, in a modal dialog: seed, voters (3 to 9) and observers, tickTime,
 * initLimit, syncLimit, the network's delay range and the run's length, each with its bounds
 * beside it, and whether to keep the scenario's script (listed, so nothing is kept silently).
 * Values are checked here, naming the field and its bounds (the browser's own step checks would
 * refuse values such as 30 s with riddles); applying reloads the scenario with them.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useController } from '../controllerContext';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import {
  SETTING_BOUNDS,
  settingsOf,
  settingsProblem,
  type Settings,
  type SettingsProblem,
} from '../share/settings';
import { useAppStore } from '../store/appStore';
import { ScriptChoice } from './ScriptChoice';

interface FieldSpec {
  key: keyof Settings;
  label: MessageKey;
  hint?: MessageKey;
  /** Shown in seconds (one decimal), stored in ms. */
  seconds?: boolean;
}

const FIELDS: FieldSpec[] = [
  { key: 'seed', label: 'settings.seed', hint: 'settings.seedHint' },
  { key: 'servers', label: 'settings.servers' },
  { key: 'observers', label: 'settings.observers', hint: 'settings.observersHint' },
  { key: 'tickTimeMs', label: 'settings.tickTime', hint: 'settings.tickTimeHint' },
  { key: 'initLimit', label: 'settings.initLimit', hint: 'settings.initLimitHint' },
  { key: 'syncLimit', label: 'settings.syncLimit', hint: 'settings.syncLimitHint' },
  { key: 'delayMsMin', label: 'settings.delayMin' },
  { key: 'delayMsMax', label: 'settings.delayMax' },
  { key: 'untilMs', label: 'settings.until', seconds: true },
];

const specOf = (key: keyof Settings) => FIELDS.find((f) => f.key === key) as FieldSpec;
const shown = (f: FieldSpec, v: number) => (f.seconds ? v / 1000 : v);

type Draft = Record<keyof Settings, string>;

function draftOf(v: Settings): Draft {
  const d = {} as Draft;
  for (const f of FIELDS) d[f.key] = String(shown(f, v[f.key]));
  return d;
}

/** The typed text as values (NaN where it is not a number; the check then names the field). */
function valuesOf(d: Draft): Settings {
  const v = {} as Settings;
  for (const f of FIELDS) {
    const text = d[f.key].trim();
    const n = text === '' ? NaN : Number(text);
    v[f.key] = f.seconds ? Math.round(n * 1000) : n;
  }
  return v;
}

export function SettingsDialog() {
  const t = useT();
  const ctl = useController();
  const open = useAppStore((s) => s.settingsOpen);
  const setOpen = useAppStore((s) => s.setSettingsOpen);
  const scenario = useAppStore((s) => s.scenario);
  const ref = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [keepScript, setKeepScript] = useState(true);
  const [problem, setProblem] = useState<SettingsProblem | null>(null);
  const id = useId();

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const current = draft ?? (scenario ? draftOf(settingsOf(scenario)) : null);
  const close = () => {
    setDraft(null);
    setProblem(null);
    setKeepScript(true);
    setOpen(false);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!current) return;
    const values = valuesOf(current);
    const found = settingsProblem(values);
    if (found) return setProblem(found);
    ctl.applySettings(values, keepScript);
    close();
  };
  const problemText = (p: SettingsProblem): string => {
    if (p.kind === 'tooMany') return t('settings.tooMany', { max: p.max });
    if (p.kind === 'delayOrder') return t('settings.delayOrder');
    const f = specOf(p.field);
    return t('settings.range', {
      field: t(f.label),
      min: shown(f, p.min),
      max: shown(f, p.max),
    });
  };
  const invalid = (key: keyof Settings) =>
    problem?.kind === 'range'
      ? problem.field === key
      : problem?.kind === 'tooMany'
        ? key === 'observers'
        : problem?.kind === 'delayOrder' && key === 'delayMsMin';

  return (
    <dialog ref={ref} className="settings" aria-labelledby="settings-title" onClose={close}>
      {current && scenario && (
        <form onSubmit={submit} noValidate>
          <h2 id="settings-title">{t('settings.title')}</h2>
          <p className="dialog-note">{t('settings.note')}</p>
          <div className="settings-grid">
            {FIELDS.map((f) => {
              const { min, max } = SETTING_BOUNDS[f.key];
              const bounds = t('settings.bounds', { min: shown(f, min), max: shown(f, max) });
              // The label names the field; its hint and bounds describe it.
              return (
                <div key={f.key} className="field">
                  <label htmlFor={`${id}-${f.key}`}>{t(f.label)}</label>
                  <input
                    id={`${id}-${f.key}`}
                    aria-describedby={`${id}-${f.key}-hint`}
                    type="number"
                    inputMode={f.seconds ? 'decimal' : 'numeric'}
                    min={shown(f, min)}
                    max={shown(f, max)}
                    step="any"
                    value={current[f.key]}
                    aria-invalid={invalid(f.key) || undefined}
                    onChange={(e) => setDraft({ ...current, [f.key]: e.target.value })}
                  />
                  <small id={`${id}-${f.key}-hint`}>
                    {f.hint ? `${t(f.hint)} · ${bounds}` : bounds}
                  </small>
                </div>
              );
            })}
          </div>
          <ScriptChoice scenario={scenario} keep={keepScript} onChange={setKeepScript} />
          {problem && (
            <p className="dialog-problem" role="alert">
              {problemText(problem)}
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
