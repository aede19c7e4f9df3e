/**
 * The first screen's question for a newcomer (issue 16): take the guided tour or explore freely.
 * Asked once (the choice is remembered in this browser) and never over a shared link or an embed,
 * which already say where to go.
 */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { rememberWelcome, welcomeChoice, type WelcomeChoice } from './progress';

export function WelcomeDialog() {
  const t = useT();
  const embed = useAppStore((s) => s.embed);
  const requestLesson = useAppStore((s) => s.requestLesson);
  const [open, setOpen] = useState(
    () => welcomeChoice() === null && window.location.hash === '' && !embed,
  );
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (open && d && !d.open) d.showModal();
  }, [open]);
  if (!open) return null;
  const choose = (choice: WelcomeChoice) => {
    rememberWelcome(choice);
    ref.current?.close();
    setOpen(false);
    // Before the worker is ready too: the app's first run is then the lesson's (controller start()).
    if (choice === 'tour') requestLesson({ ok: true, link: { chapter: 1, step: 1 } });
  };
  return (
    <dialog
      ref={ref}
      className="welcome"
      aria-labelledby="welcome-title"
      onCancel={() => choose('explore')}
    >
      <h2 id="welcome-title">{t('learn.welcome.title')}</h2>
      <p>{t('learn.welcome.body')}</p>
      <div className="welcome-actions">
        <button type="button" className="primary" onClick={() => choose('tour')}>
          {t('learn.welcome.tour')}
        </button>
        <button type="button" className="quiet" onClick={() => choose('explore')}>
          {t('learn.welcome.explore')}
        </button>
      </div>
    </dialog>
  );
}
