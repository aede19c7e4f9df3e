/**
 * The traffic and the pool the strategies share: request rate, burstiness, key skew, how many
 * backends and how fast, how much slower the last one is, and the backends' ZooKeeper session
 * timeout. A summary line says what runs now; the form opens below it, and Apply reloads the
 * comparison with the same seed and strategies (nothing is applied half: a value out of range is
 * named and the run stays as it is).
 */
import { useState, type FormEvent } from 'react';
import { useController } from '../controllerContext';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { LAB_LIMITS, labParamsOf, labParamsProblem, type LabParams } from './compareScenario';

interface Field {
  key: keyof LabParams;
  label: MessageKey;
  /** How the value reads next to its slider. */
  value: MessageKey;
  hint: MessageKey;
}

const FIELDS: Field[] = [
  { key: 'ratePerSec', label: 'lab.rate', value: 'lab.rateValue', hint: 'lab.rateHint' },
  { key: 'burstFactor', label: 'lab.burst', value: 'lab.factorValue', hint: 'lab.burstHint' },
  { key: 'keySkew', label: 'lab.skew', value: 'lab.plainValue', hint: 'lab.skewHint' },
  { key: 'backends', label: 'lab.backends', value: 'lab.plainValue', hint: 'lab.backendsHint' },
  { key: 'meanServiceMs', label: 'lab.service', value: 'lab.msValue', hint: 'lab.serviceHint' },
  { key: 'slowFactor', label: 'lab.slow', value: 'lab.factorValue', hint: 'lab.slowHint' },
  {
    key: 'sessionTimeoutMs',
    label: 'lab.session',
    value: 'lab.secondsValue',
    hint: 'lab.sessionHint',
  },
];

function shown(key: keyof LabParams, v: number): number {
  return key === 'sessionTimeoutMs' ? v / 1000 : v;
}

export function LabSettings() {
  const t = useT();
  const ctl = useController();
  const scenario = useAppStore((s) => s.scenario);
  const [draft, setDraft] = useState<LabParams | null>(null);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const current = labParamsOf(scenario);
  const values = draft ?? current;
  const last = `b${current.backends}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const p = labParamsProblem(values);
    if (p) return setProblem(p);
    setProblem(null);
    setDraft(null);
    setOpen(false);
    ctl.applyLab(values);
  };

  return (
    <details
      className="lb-settings"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <span className="lb-why-label">{t('lab.title')}</span>{' '}
        {t('lab.summary', {
          rate: current.ratePerSec,
          burst:
            current.burstFactor === 1
              ? t('lab.noBursts')
              : t('lab.bursts', { factor: current.burstFactor }),
          n: current.backends,
          ms: current.meanServiceMs,
          slow:
            current.slowFactor === 1
              ? t('lab.allAlike')
              : t('lab.slowOne', { id: last, factor: current.slowFactor }),
          session: current.sessionTimeoutMs / 1000,
        })}
      </summary>
      <form onSubmit={submit} className="lb-settings-form">
        {FIELDS.map((f) => {
          const lim = LAB_LIMITS[f.key];
          const v = values[f.key];
          return (
            <label key={f.key} className="lb-setting">
              <span className="lb-setting-label">{t(f.label)}</span>
              <input
                type="range"
                min={shown(f.key, lim.min)}
                max={shown(f.key, lim.max)}
                step={shown(f.key, lim.step)}
                value={shown(f.key, v)}
                aria-valuetext={t(f.value, { value: shown(f.key, v) })}
                onChange={(e) => {
                  const n = Number(e.target.value);
                  setDraft({ ...values, [f.key]: f.key === 'sessionTimeoutMs' ? n * 1000 : n });
                }}
              />
              <output>{t(f.value, { value: shown(f.key, v) })}</output>
              <small>{t(f.hint)}</small>
            </label>
          );
        })}
        {problem && (
          <p className="dialog-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="lb-settings-actions">
          <span className="lb-actions-note">{t('lab.applyNote')}</span>
          <button
            type="button"
            className="quiet"
            onClick={() => {
              setDraft(null);
              setProblem(null);
              setOpen(false);
            }}
          >
            {t('settings.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('lab.apply')}
          </button>
        </div>
      </form>
    </details>
  );
}
