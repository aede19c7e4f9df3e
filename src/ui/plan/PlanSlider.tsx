/**
 * One input of the plan: its label, a number field with the unit, and a range slider below, both
 * naming the input. The slider moves in steps a person can read (log sliders round to two
 * significant digits); the field takes any exact value in bounds and says what is wrong with one
 * that is not, without applying it.
 */
import { useId, useState } from 'react';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { formatInput } from './planFormat';
import {
  fromPosition,
  LOG_POSITIONS,
  parseInput,
  toPosition,
  type ParsedInput,
  type PlanInputSpec,
} from './planInputs';

type Problem = Extract<ParsedInput, { ok: false }>['problem'];

export function PlanSlider({ spec }: { spec: PlanInputSpec }) {
  const t = useT();
  const value = useAppStore((s) => s.planInputs[spec.id]);
  const setPlanInput = useAppStore((s) => s.setPlanInput);
  // What the person is typing, while it differs from the value applied.
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const id = useId();
  const label = t(`plan.input.${spec.id}` as MessageKey);
  const unit = t(`plan.unit.${spec.unit}` as MessageKey);
  const log = spec.scale === 'log';

  const onText = (text: string) => {
    setDraft(text);
    const parsed = parseInput(spec, text);
    if (parsed.ok) {
      setProblem(null);
      setPlanInput(spec.id, parsed.value);
    } else setProblem(parsed.problem);
  };
  const onSlide = (position: number) => {
    setDraft(null);
    setProblem(null);
    setPlanInput(spec.id, fromPosition(spec, position));
  };

  return (
    <div className="plan-input">
      <div className="plan-input-head">
        <label htmlFor={`${id}-n`}>{label}</label>
        <span className="plan-input-value">
          <input
            id={`${id}-n`}
            type="number"
            step="any"
            min={spec.min}
            max={spec.max}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${id}-e` : undefined}
            value={draft ?? formatInput(value)}
            onChange={(e) => onText(e.target.value)}
            onBlur={() => {
              setDraft(null);
              setProblem(null);
            }}
          />
          <span className="plan-unit">{unit}</span>
        </span>
      </div>
      <input
        type="range"
        aria-label={label}
        aria-valuetext={`${formatInput(value)} ${unit}`}
        min={log ? 0 : spec.min}
        max={log ? LOG_POSITIONS : spec.max}
        step={1}
        value={toPosition(spec, value)}
        onChange={(e) => onSlide(Number(e.target.value))}
      />
      {problem && (
        <p id={`${id}-e`} className="plan-input-error" role="alert">
          {t(`plan.input.${problem}` as MessageKey, {
            min: formatInput(spec.min),
            max: formatInput(spec.max),
          })}
        </p>
      )}
    </div>
  );
}
