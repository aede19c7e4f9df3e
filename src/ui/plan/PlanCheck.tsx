/**
 * "Check by simulation" in the Plan view: what to measure (seeds, which lines of the throughput
 * chart and how many read shares on each, how many loads of the latency chart, simulated time per
 * run), the button, a progress bar with Cancel while the capacity workers run, and then what the
 * check found: where the simulation and the model disagree. The measurements themselves are
 * drawn on the charts (checkCharts.ts).
 */
import { useId, useState } from 'react';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { capacityWorkers } from '../bridge/capacityPool';
import {
  CHECK_BOUNDS,
  DISAGREE_TOLERANCE,
  checkSettingProblem,
  type CheckSettingId,
  type CheckSettings,
} from './checkPlan';
import { CheckedPointsTable } from './CheckedPointsTable';
import { disagreementText, whereText } from './checkText';
import { SERIES_VOTERS } from './planCharts';
import { formatPercent } from './planFormat';
import type { PlanCheck as Check } from './usePlanCheck';

const NUMBER_SETTINGS: CheckSettingId[] = ['seeds', 'readSteps', 'loadSteps', 'measureMs'];
const UNITS: Partial<Record<CheckSettingId, MessageKey>> = { measureMs: 'plan.unit.ms' };

function SettingField({
  id: settingId,
  settings,
  onChange,
  disabled,
}: {
  id: CheckSettingId;
  settings: CheckSettings;
  onChange: (s: CheckSettings) => void;
  disabled: boolean;
}) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { min, max } = CHECK_BOUNDS[settingId];
  const label = t(`plan.check.${settingId}` as MessageKey);
  const onText = (text: string) => {
    setDraft(text);
    const value = text.trim() === '' ? Number.NaN : Number(text);
    const p = checkSettingProblem(settingId, value);
    if (p === null) {
      setProblem(null);
      onChange({ ...settings, [settingId]: value });
      return;
    }
    const key: MessageKey =
      p === 'notInteger'
        ? 'plan.check.notInteger'
        : settingId === 'readSteps' && value === 1
          ? 'plan.check.readStepsOne'
          : 'plan.check.outOfRange';
    setProblem(t(key, { field: label, min, max }));
  };
  const unit = UNITS[settingId];
  return (
    <div className="plan-check-field">
      <label htmlFor={id}>{label}</label>
      <span className="plan-input-value">
        <input
          id={id}
          type="number"
          step={1}
          min={min}
          max={max}
          disabled={disabled}
          aria-invalid={problem !== null}
          aria-describedby={`${id}-b${problem ? ` ${id}-e` : ''}`}
          value={draft ?? String(settings[settingId])}
          onChange={(e) => onText(e.target.value)}
          onBlur={() => {
            setDraft(null);
            setProblem(null);
          }}
        />
        {unit && <span className="plan-unit">{t(unit)}</span>}
      </span>
      <span id={`${id}-b`} className="plan-muted plan-check-bounds">
        {settingId === 'readSteps'
          ? t('plan.check.readStepsBounds', { max })
          : t('plan.check.bounds', { min, max })}
      </span>
      {problem && (
        <p id={`${id}-e`} className="plan-input-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function Status({ check }: { check: Check }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const s = check.state;
  switch (s.status) {
    case 'idle':
      return null;
    case 'running':
      return (
        <>
          <progress
            className="plan-check-progress"
            aria-label={t('plan.check.progress')}
            max={1}
            value={s.progress.share}
          />
          <p>
            {t('plan.check.running', {
              finished: s.progress.finished,
              total: s.progress.total,
              workers: s.workers,
              percent: formatPercent(s.progress.share, locale),
            })}
          </p>
        </>
      );
    case 'stopped':
      return (
        <p>
          {t(s.reason === 'cancelled' ? 'plan.check.cancelled' : 'plan.check.changed', {
            finished: s.finished,
            total: s.total,
          })}
        </p>
      );
    case 'failed':
      return (
        <p className="plan-input-error">
          {s.point === null
            ? t('plan.check.failedNoRun', { message: s.message })
            : t('plan.check.failed', {
                where: whereText(t, s.point, locale),
                seed: s.seed ?? '?',
                message: s.message,
              })}
        </p>
      );
    case 'done':
      return check.current ? (
        <p>{t('plan.check.done', { runs: s.runs, seeds: s.seeds, workers: s.workers })}</p>
      ) : (
        <p className="plan-check-stale">{t('plan.check.stale')}</p>
      );
  }
}

function Disagreements({ check }: { check: Check }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const s = check.state;
  if (s.status !== 'done' || !check.current) return null;
  const tolerance = formatPercent(DISAGREE_TOLERANCE, locale);
  return (
    <section className="plan-check-disagree" aria-labelledby="plan-check-disagree-title">
      <h4 id="plan-check-disagree-title">
        {t('plan.check.disagree.title', { count: s.disagreements.length })}
      </h4>
      {s.disagreements.length === 0 ? (
        <p className="plan-muted">{t('plan.check.disagree.none', { tolerance })}</p>
      ) : (
        <>
          <ul>
            {s.disagreements.map((d, i) => (
              <li key={i}>{disagreementText(t, d, locale)}</li>
            ))}
          </ul>
          <p className="plan-muted">{t('plan.check.disagree.rule', { tolerance })}</p>
        </>
      )}
    </section>
  );
}

export function PlanCheck({ check }: { check: Check }) {
  const t = useT();
  const { settings, setSettings, state, runCount } = check;
  const running = state.status === 'running';
  const points = runCount / settings.seeds;
  return (
    <section className="plan-card plan-check" aria-labelledby="plan-check-title">
      <h3 id="plan-check-title">{t('plan.check.title')}</h3>
      <p className="plan-muted">{t('plan.check.intro')}</p>
      <div className="plan-check-settings">
        <fieldset className="plan-check-lines" disabled={running}>
          <legend>{t('plan.check.lines')}</legend>
          {SERIES_VOTERS.map((v) => (
            <label key={v}>
              <input
                type="checkbox"
                checked={settings.voters.includes(v)}
                onChange={(e) =>
                  setSettings({
                    ...settings,
                    voters: e.target.checked
                      ? [...settings.voters, v].sort((a, b) => a - b)
                      : settings.voters.filter((x) => x !== v),
                  })
                }
              />
              {t('plan.check.line', { voters: v })}
            </label>
          ))}
        </fieldset>
        {NUMBER_SETTINGS.map((id) => (
          <SettingField
            key={id}
            id={id}
            settings={settings}
            onChange={setSettings}
            disabled={running}
          />
        ))}
      </div>
      <p className="plan-muted">
        {runCount === 0
          ? t('plan.check.nothing')
          : t('plan.check.runs', {
              points,
              seeds: settings.seeds,
              runs: runCount,
              workers: capacityWorkers(runCount),
            })}
      </p>
      <div className="plan-check-actions">
        <button type="button" onClick={check.start} disabled={running || runCount === 0}>
          {t('plan.check.start')}
        </button>
        {running && (
          <button type="button" className="quiet" onClick={check.cancel}>
            {t('plan.check.cancel')}
          </button>
        )}
      </div>
      <div className="plan-check-status" role="status">
        <Status check={check} />
      </div>
      <Disagreements check={check} />
      {state.status === 'done' && check.current ? (
        <CheckedPointsTable results={state.results} />
      ) : (
        <p className="plan-muted plan-check-note">{t('plan.check.openLater')}</p>
      )}
    </section>
  );
}
