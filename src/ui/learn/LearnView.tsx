/**
 * The Learn view (issue 16): the chapters, the picture (the same ensemble view as everywhere, or
 * the load-balancing lab's on a step that shows it, with what the step is about highlighted and
 * the rest dimmed) and the lesson's narration and
 * step controls. It opens a lesson link when one waits, or chapter 1. Keys: PageDown and the
 * right arrow go to the next step, PageUp and the left arrow back (a presenter's clicker sends
 * PageDown and PageUp), Escape leaves presentation mode.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Lesson, PanelId } from '../../learn/lesson';
import { lessonByChapter, LESSONS } from '../../learn/lessons/index';
import { useController } from '../controllerContext';
import { FaultBar } from '../controls/FaultBar';
import { ClientInspector } from '../panels/ClientInspector';
import { Inspector } from '../panels/Inspector';
import { appStore, useAppStore } from '../store/appStore';
import { EnsembleView } from '../viz/EnsembleView';
import { highlightCss, PANEL_SELECTORS } from './highlightCss';
import { createLessonPlayer, type LessonPlayer } from './lessonPlayer';
import { LessonPanel } from './LessonPanel';
import { LessonPicker } from './LessonPicker';
import { leaderOf } from './taskChecks';

// The load-balancing lab, for a step shown on it: the same view (and chunk) as its tab's.
const CompareView = lazy(() =>
  import('../compare/CompareView').then((m) => ({ default: m.CompareView })),
);

function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest('input, select, textarea, [role="tab"]');
}

function useLessonKeys(player: LessonPlayer): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const s = appStore.getState();
      if (e.key === 'PageDown' || e.key === 'ArrowRight') player.next();
      else if (e.key === 'PageUp' || e.key === 'ArrowLeft') player.back();
      else if (e.key === 'Escape' && s.presentation) s.setPresentation(false);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [player]);
}

/** Dims what the step is not about (highlightCss.ts): the picture's own code is untouched. */
function Highlight({ lesson }: { lesson: Lesson }) {
  const stepIndex = useAppStore((s) => s.stepIndex);
  const leader = useAppStore((s) => (s.frame ? leaderOf(s.frame) : null));
  const h = lesson.steps[stepIndex]?.highlight;
  const css = useMemo(() => highlightCss(h, leader), [h, leader]);
  return css ? <style>{css}</style> : null;
}

/** Scrolls the lab's box to the first panel the step highlights, once the lab has drawn it. */
function PanelInView({ panels }: { panels: readonly PanelId[] | undefined }) {
  const drawn = useAppStore((s) => Boolean(s.frame?.lab));
  const first = panels?.[0];
  useEffect(() => {
    if (!drawn || !first) return;
    // The lab's own box scrolls, nothing else: scrollIntoView would also scroll the page's
    // clipped containers and take the header and the transport bar out of view.
    const box = document.querySelector('.learn-stage.learn-lab');
    const panel = document.querySelector(PANEL_SELECTORS[first]);
    if (box && panel)
      box.scrollTop += panel.getBoundingClientRect().top - box.getBoundingClientRect().top;
  }, [drawn, first]);
  return null;
}

export function LearnView() {
  const ctl = useController();
  const [player] = useState(() => createLessonPlayer(appStore, ctl));
  const ready = useAppStore((s) => s.status === 'ready');
  const pending = useAppStore((s) => s.pendingLink);
  const chapter = useAppStore((s) => s.chapter);
  const presentation = useAppStore((s) => s.presentation);
  const embed = useAppStore((s) => s.embed);
  const lesson = chapter === null ? null : (lessonByChapter(chapter) ?? null);
  const stepIndex = useAppStore((s) => s.stepIndex);
  const task = lesson?.steps[stepIndex]?.task;
  const lab = lesson?.steps[stepIndex]?.lab;
  // A task on the client side is done in the client's inspector, as in the ensemble view.
  const selectedClient = useAppStore(
    (s) => s.frame?.clients?.clients.some((c) => c.id === s.selectedClient) ?? false,
  );
  useLessonKeys(player);

  useEffect(() => {
    if (!ready) return;
    if (pending) player.openLink(pending);
    else if (appStore.getState().chapter === null) player.open((LESSONS[0] as Lesson).chapter, 0);
  }, [ready, pending, player]);

  const plain = presentation || embed;
  return (
    <div className={`learn${presentation ? ' presenting' : ''}${embed ? ' embedded' : ''}`}>
      {!plain && <LessonPicker player={player} />}
      {lab ? (
        <section className="learn-stage learn-lab" aria-labelledby="compare-title">
          {lesson && <Highlight lesson={lesson} />}
          <Suspense fallback={<p className="compare-loading">…</p>}>
            <CompareView select={lab.backend} />
            <PanelInView panels={lesson?.steps[stepIndex]?.highlight?.panels} />
          </Suspense>
        </section>
      ) : (
        <section className="learn-stage ensemble-panel" aria-labelledby="ensemble-title">
          {lesson && <Highlight lesson={lesson} />}
          {task && !plain && <FaultBar />}
          <EnsembleView />
        </section>
      )}
      <div className="learn-side">
        {lesson && <LessonPanel lesson={lesson} player={player} />}
        {task && !plain && (selectedClient ? <ClientInspector /> : <Inspector />)}
      </div>
    </div>
  );
}
