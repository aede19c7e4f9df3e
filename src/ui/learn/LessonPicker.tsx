/** The chapters, with the learner's progress from this browser (progress.ts). */
import { LESSONS } from '../../learn/lessons/index';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import type { LessonPlayer } from './lessonPlayer';
import { loadProgress } from './progress';
import { useLessonText } from './text';

export function LessonPicker({ player }: { player: LessonPlayer }) {
  const t = useT();
  const text = useLessonText();
  const chapter = useAppStore((s) => s.chapter);
  // Read again whenever the step changes, which is when progress is saved.
  useAppStore((s) => s.stepIndex);
  const progress = loadProgress();
  return (
    <nav className="learn-chapters" aria-label={t('learn.chapters')}>
      <ol>
        {LESSONS.map((l) => {
          const done = progress[String(l.chapter)]?.done ?? false;
          return (
            <li key={l.id}>
              <button
                type="button"
                aria-current={l.chapter === chapter ? 'step' : undefined}
                onClick={() => player.open(l.chapter, 0)}
              >
                {/* The number alone, shown in narrow windows (learn.css); the name says it. */}
                <span className="learn-chapter-n" aria-hidden="true">
                  {l.chapter}
                </span>
                <span className="learn-chapter-no">
                  {t(done ? 'learn.chapterDone' : 'learn.chapter', { n: l.chapter })}
                </span>
                <span className="learn-chapter-title">{text(l.title)}</span>
                {done && <span aria-hidden="true"> ✓</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
