/**
 * Predict, then see (issue 16). On a step with a question the learner picks an option (or a
 * server); on the next step the verdict compares it with what the simulation did there, read
 * from the step's found moment (learn/answers.ts), and explains the rule that decided it.
 */
import { useShallow } from 'zustand/react/shallow';
import type { Question, Step } from '../../learn/lesson';
import { answerOf } from '../../learn/answers';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { useLessonText } from './text';

function useOptionLabel(q: Question): (value: string) => string {
  const t = useT();
  const text = useLessonText();
  return (value) => {
    if (q.kind === 'server') return t('learn.server', { sid: value });
    const o = q.options?.find((x) => x.value === value);
    return o ? text(o.label) : value;
  };
}

/** The question of this step, with the learner's pick once made. */
export function PredictionAsk({ step, stepIndex }: { step: Step; stepIndex: number }) {
  const t = useT();
  const text = useLessonText();
  const q = step.question as Question;
  const picked = useAppStore((s) => s.predictions[stepIndex]);
  const predict = useAppStore((s) => s.predict);
  const sids = useAppStore(
    useShallow((s) => s.frame?.servers.filter((x) => !x.observer).map((x) => x.sid) ?? []),
  );
  const label = useOptionLabel(q);
  const values = q.kind === 'server' ? sids.map(String) : (q.options ?? []).map((o) => o.value);
  return (
    <fieldset className="learn-question">
      <legend>
        <span className="learn-badge">{t('learn.predict')}</span> {text(q.prompt)}
      </legend>
      <div className="learn-options">
        {values.map((v) => (
          <button
            key={v}
            type="button"
            className="quiet"
            aria-pressed={picked === v}
            onClick={() => predict(stepIndex, v)}
          >
            {label(v)}
          </button>
        ))}
      </div>
      {picked !== undefined && (
        <p className="learn-note" role="status">
          {t('learn.answered', { answer: label(picked) })} {t('learn.seeNext')}
        </p>
      )}
    </fieldset>
  );
}

/** The verdict on the previous step's question, shown at the moment that answers it. */
export function PredictionVerdict({ asked, stepIndex }: { asked: Step; stepIndex: number }) {
  const t = useT();
  const text = useLessonText();
  const q = asked.question as Question;
  const picked = useAppStore((s) => s.predictions[stepIndex - 1]);
  const moment = useAppStore((s) => s.moments[stepIndex]);
  const label = useOptionLabel(q);
  const actual = answerOf(q.answer, moment);
  if (actual === null)
    return (
      <p className="learn-note">
        {moment === undefined ? t('learn.searching') : t('learn.unknown')}
      </p>
    );
  const right = picked === actual;
  const verdict =
    picked === undefined
      ? t('learn.actual', { actual: label(actual) })
      : right
        ? t('learn.right', { actual: label(actual) })
        : t('learn.wrong', { answer: label(picked), actual: label(actual) });
  return (
    <div
      className={`learn-verdict ${picked === undefined ? '' : right ? 'right' : 'wrong'}`}
      role="status"
    >
      <p className="learn-verdict-head">
        <span aria-hidden="true">{picked === undefined ? '•' : right ? '✓' : '✗'}</span> {verdict}
      </p>
      <p>{text(q.explain)}</p>
    </div>
  );
}
