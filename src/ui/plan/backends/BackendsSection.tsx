/**
 * The Plan view's Backends section (issue 17, item 5): inputs, the model's table at once, and a
 * check by the lab's simulation, its runs (sizing points x seeds) spread over the capacity
 * workers like "Check by simulation"'s (src/ui/bridge/capacityPool.ts), with a progress bar and
 * Cancel. The inputs are local to the section: they size a service, not the ensemble the rest of
 * the view plans.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  backendRows,
  checkRuns,
  sizingModel,
  type BackendRow,
  type BackendsSpec,
} from '../../../sim/index';
import { STRATEGY_IDS, type StrategyId } from '../../../sim/vocabulary';
import { startBackendsCheck } from '../../bridge/capacityPool';
import type { RunningCheck } from '../../bridge/capacityScheduler';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { BackendsTable } from './BackendsTable';
import {
  BACKEND_INPUT_IDS,
  BACKEND_INPUTS,
  parseBackendInput,
  type BackendInputId,
} from './backendsInputs';

type Values = Record<BackendInputId, number>;
type CheckState =
  | { kind: 'idle' }
  | { kind: 'running'; share: number }
  | { kind: 'done'; rows: BackendRow[]; spec: BackendsSpec }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** The bar is redrawn when the check has advanced by this share of its work (0.5 %). */
const PROGRESS_REDRAW = 0.005;

const initialValues = Object.fromEntries(
  BACKEND_INPUT_IDS.map((id) => [id, BACKEND_INPUTS[id].initial]),
) as Values;

function BackendField({
  id,
  value,
  onValue,
}: {
  id: BackendInputId;
  value: number;
  onValue: (id: BackendInputId, v: number | null) => void;
}) {
  const t = useT();
  const spec = BACKEND_INPUTS[id];
  const [text, setText] = useState(String(value));
  const [problem, setProblem] = useState<'bad' | 'badInteger' | null>(null);
  const domId = useId();
  const label = t(`plan.be.input.${id}` as MessageKey);
  return (
    <div className="plan-be-field">
      <div className="plan-input-head">
        <label htmlFor={domId}>{label}</label>
        <span className="plan-input-value">
          <input
            id={domId}
            type="number"
            step="any"
            min={spec.min}
            max={spec.max}
            value={text}
            aria-invalid={problem !== null}
            aria-describedby={problem === null ? undefined : `${domId}-e`}
            onChange={(e) => {
              setText(e.target.value);
              const parsed = parseBackendInput(spec, e.target.value);
              setProblem(parsed.ok ? null : parsed.problem);
              onValue(id, parsed.ok ? parsed.value : null);
            }}
          />
          <span className="plan-unit">{t(`plan.be.unit.${spec.unit}` as MessageKey)}</span>
        </span>
      </div>
      {problem !== null && (
        <p id={`${domId}-e`} className="plan-input-error" role="alert">
          {t(`plan.be.${problem}`, { field: label, min: spec.min, max: spec.max })}
        </p>
      )}
    </div>
  );
}

export function BackendsSection() {
  const t = useT();
  const [values, setValues] = useState<Values>(initialValues);
  const [invalid, setInvalid] = useState<ReadonlySet<BackendInputId>>(new Set());
  const [chosen, setChosen] = useState<readonly StrategyId[]>(STRATEGY_IDS);
  const [check, setCheck] = useState<CheckState>({ kind: 'idle' });
  const running = useRef<RunningCheck | null>(null);
  useEffect(() => () => running.current?.cancel(), []);

  const onValue = (id: BackendInputId, v: number | null) => {
    setInvalid((old) => {
      const next = new Set(old);
      if (v === null) next.add(id);
      else next.delete(id);
      return next;
    });
    if (v !== null) setValues((old) => ({ ...old, [id]: v }));
  };
  // In display order, whatever order they were ticked in; a string, so the memo below sees a
  // change of the set and not of the array's identity.
  const strategiesKey = STRATEGY_IDS.filter((s) => chosen.includes(s)).join(',');
  const spec: BackendsSpec = useMemo(
    () => ({
      ...values,
      strategies: strategiesKey === '' ? [] : (strategiesKey.split(',') as StrategyId[]),
      simulate: true,
    }),
    [values, strategiesKey],
  );
  const strategies = spec.strategies;
  const usable = invalid.size === 0 && strategies.length > 0;
  const model = useMemo(() => (usable ? sizingModel(spec) : null), [spec, usable]);
  const rows = useMemo(() => {
    if (model === null) return null;
    if (check.kind === 'done' && check.spec === spec) return check.rows;
    return backendRows(spec, model, null);
  }, [model, spec, check]);
  const measured = check.kind === 'done' && check.spec === spec;

  const start = () => {
    running.current?.cancel();
    running.current = null;
    if (model === null) return;
    const checked = spec;
    const checkedModel = model;
    /** Set when the check ended before startBackendsCheck returned (no run, or no worker). */
    let settled = false;
    setCheck({ kind: 'running', share: 0 });
    const started = startBackendsCheck(checkRuns(checked, checkedModel), {
      // Redrawn when the bar moves by a visible step, not on every message.
      progress: (p) =>
        setCheck((s) =>
          s.kind === 'running' && p.share - s.share >= PROGRESS_REDRAW
            ? { kind: 'running', share: p.share }
            : s,
        ),
      done: (results) => {
        settled = true;
        running.current = null;
        setCheck({
          kind: 'done',
          rows: backendRows(checked, checkedModel, results),
          spec: checked,
        });
      },
      failed: (f) => {
        settled = true;
        running.current = null;
        setCheck({ kind: 'failed', message: f.message });
      },
    });
    if (!settled) running.current = started;
  };
  const cancel = () => {
    running.current?.cancel();
    running.current = null;
    setCheck({ kind: 'cancelled' });
  };

  return (
    <section className="plan-card plan-backends" aria-labelledby="plan-be-title">
      <h3 id="plan-be-title">{t('plan.be.title')}</h3>
      <p className="plan-muted">{t('plan.be.intro')}</p>
      <div className="plan-be-inputs">
        {BACKEND_INPUT_IDS.map((id) => (
          <BackendField key={id} id={id} value={values[id]} onValue={onValue} />
        ))}
      </div>
      <fieldset className="plan-be-strategies">
        <legend>{t('plan.be.strategies')}</legend>
        {STRATEGY_IDS.map((s) => (
          <label key={s}>
            <input
              type="checkbox"
              checked={chosen.includes(s)}
              onChange={(e) =>
                setChosen((old) => (e.target.checked ? [...old, s] : old.filter((x) => x !== s)))
              }
            />
            {t(`strategy.${s}.name` as MessageKey)}
          </label>
        ))}
        {strategies.length === 0 && (
          <p className="plan-input-error" role="alert">
            {t('plan.be.noStrategy')}
          </p>
        )}
      </fieldset>
      <div className="plan-be-actions">
        {check.kind === 'running' ? (
          <>
            <label className="plan-be-progress">
              {t('plan.be.progress')}
              <progress max={1} value={check.share} />
            </label>
            <button type="button" onClick={cancel}>
              {t('plan.be.cancel')}
            </button>
          </>
        ) : (
          <button type="button" onClick={start} disabled={!usable}>
            {t('plan.be.check')}
          </button>
        )}
      </div>
      {check.kind === 'cancelled' && <p className="plan-muted">{t('plan.be.cancelled')}</p>}
      {check.kind === 'failed' && (
        <p className="plan-input-error" role="alert">
          {t('plan.be.failed', { message: check.message })}
        </p>
      )}
      {check.kind === 'done' && !measured && <p className="plan-muted">{t('plan.be.stale')}</p>}
      {rows !== null && (
        <div className="plan-be-scroll">
          <BackendsTable rows={rows} measured={measured} />
        </div>
      )}
      <p className="plan-muted">{t('plan.be.method')}</p>
    </section>
  );
}
