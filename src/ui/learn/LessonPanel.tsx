/**
 * The narration of the current step, its prediction, verdict or task, where the picture stands
 * against the step (searching, never came, moved away, the run changed by the learner), and the
 * step controls: Back, Next, Present. The narration is a live region, so a screen reader reads
 * each step as it comes.
 */
import { segmentStart, type Lesson } from '../../learn/lesson';
import { lessonByChapter } from '../../learn/lessons/index';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { shownMoment } from '../store/learnSlice';
import type { LessonPlayer } from './lessonPlayer';
import { PredictionAsk, PredictionVerdict } from './Prediction';
import { TaskCard } from './TaskCard';
import { useLessonText } from './text';

function StepPosition({ lesson, player }: { lesson: Lesson; player: LessonPlayer }) {
  const t = useT();
  const stepIndex = useAppStore((s) => s.stepIndex);
  const moments = useAppStore((s) => s.moments);
  const moment = moments[stepIndex];
  const event = useAppStore((s) => s.frame?.event ?? null);
  const busy = useAppStore((s) => s.busy !== null);
  const changed = useAppStore((s) => s.commands.length > 0);
  if (changed)
    return (
      <p className="learn-note">
        {t('learn.offStory')}{' '}
        <button type="button" className="quiet" onClick={player.returnToStory}>
          {t('learn.returnToStory')}
        </button>
      </p>
    );
  if (moment === undefined || busy) return <p className="learn-note">{t('learn.searching')}</p>;
  const shown = shownMoment(moments, stepIndex, segmentStart(lesson, stepIndex));
  const moved = event !== null && event !== (shown?.event ?? 0);
  return (
    <>
      {moment === null && <p className="learn-note">{t('learn.never')}</p>}
      {moved && (
        <p className="learn-note">
          {t('learn.moved')}{' '}
          <button type="button" className="quiet" onClick={() => player.goTo(stepIndex)}>
            {t('learn.toStep')}
          </button>
        </p>
      )}
    </>
  );
}

export function StepControls({ lesson, player }: { lesson: Lesson; player: LessonPlayer }) {
  const t = useT();
  const stepIndex = useAppStore((s) => s.stepIndex);
  const presentation = useAppStore((s) => s.presentation);
  const embed = useAppStore((s) => s.embed);
  const setPresentation = useAppStore((s) => s.setPresentation);
  const last = stepIndex === lesson.steps.length - 1;
  const nextLesson = lessonByChapter(lesson.chapter + 1) ?? null;
  return (
    <nav className="learn-nav" aria-label={t('learn.steps')}>
      <button type="button" className="quiet" onClick={player.back} disabled={stepIndex === 0}>
        ← {t('learn.back')}
      </button>
      <span className="learn-position">
        {t('learn.stepOf', { n: stepIndex + 1, total: lesson.steps.length })}
      </span>
      {last ? (
        <button
          type="button"
          className="primary"
          disabled={!nextLesson}
          onClick={() => nextLesson && player.open(nextLesson.chapter, 0)}
        >
          {t('learn.finish')} →
        </button>
      ) : (
        <button type="button" className="primary" onClick={player.next}>
          {t('learn.next')} →
        </button>
      )}
      {!embed && (
        <button
          type="button"
          className="quiet"
          aria-pressed={presentation}
          onClick={() => setPresentation(!presentation)}
        >
          {t(presentation ? 'learn.exitPresent' : 'learn.present')}
        </button>
      )}
    </nav>
  );
}

export function LessonPanel({ lesson, player }: { lesson: Lesson; player: LessonPlayer }) {
  const t = useT();
  const text = useLessonText();
  const stepIndex = useAppStore((s) => s.stepIndex);
  const presentation = useAppStore((s) => s.presentation);
  const problem = useAppStore((s) => s.linkProblem);
  const step = lesson.steps[stepIndex];
  const asked = lesson.steps[stepIndex - 1];
  if (!step) return null;
  return (
    <section className="learn-panel panel" aria-labelledby="learn-title">
      <h2 id="learn-title">
        {t('learn.chapter', { n: lesson.chapter })}: {text(lesson.title)}
      </h2>
      {problem && (
        <p className="learn-note" role="alert">
          {t(`learn.linkProblem.${problem.field}`, { value: problem.value })}
        </p>
      )}
      <p className="learn-narration" aria-live="polite" aria-label={t('learn.narration')}>
        {text(step.text)}
      </p>
      {asked?.question && <PredictionVerdict asked={asked} stepIndex={stepIndex} />}
      {step.question && <PredictionAsk step={step} stepIndex={stepIndex} />}
      {step.task && <TaskCard task={step.task} />}
      <StepPosition lesson={lesson} player={player} />
      <StepControls lesson={lesson} player={player} />
      {presentation && <p className="learn-hint">{t('learn.presentHint')}</p>}
    </section>
  );
}
