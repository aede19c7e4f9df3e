/**
 * The views of the app, as a WAI-ARIA tablist: the ensemble, load balancing (strategies
 * compared on a ZooKeeper-registered service), the Plan (capacity planning with the cost
 * model) and Learn (guided lessons on their own runs, issue 16). The first two follow the loaded scenario (a balancer scenario is the load-balancing
 * view), so a shared link opens the right one; the Plan has its own state and its own link
 * (#plan), and the run behind the other two waits, paused, while it shows. Arrow
 * keys, Home and End move between the tabs; Enter or Space opens one (manual activation: opening
 * a view loads its run, too much to do on every arrow press). The panel is ViewPanel.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useController } from '../controllerContext';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { appStore, useAppStore } from '../store/appStore';

export function useCompareMode(): boolean {
  // A replay of real logs (or the live ensemble) is shown in the ensemble view, whatever scenario
  // was loaded before it (live mode returns to it from the comparison: controller.openEnsemble).
  return useAppStore((s) => Boolean(s.scenario?.balancer) && s.replay === null);
}

export type ViewId = 'ensemble' | 'balancing' | 'plan' | 'learn';

/** The view shown: the Plan or the lessons when open, else the one the loaded scenario is for. */
export function useView(): ViewId {
  const compare = useCompareMode();
  const plan = useAppStore((s) => s.planOpen);
  const learn = useAppStore((s) => s.learnOpen);
  return plan ? 'plan' : learn ? 'learn' : compare ? 'balancing' : 'ensemble';
}

const TABS: { view: ViewId; label: MessageKey }[] = [
  { view: 'ensemble', label: 'tabs.ensemble' },
  { view: 'balancing', label: 'tabs.compare' },
  { view: 'plan', label: 'plan.tab' },
  { view: 'learn', label: 'learn.tab' },
];

const tabId = (view: ViewId): string => `tab-${view}`;
export const VIEW_PANEL_ID = 'view-panel';

export function ViewTabs() {
  const t = useT();
  const ctl = useController();
  const compare = useCompareMode();
  const view = useView();
  const setPlanOpen = useAppStore((s) => s.setPlanOpen);
  const setLearnOpen = useAppStore((s) => s.setLearnOpen);
  const requestLesson = useAppStore((s) => s.requestLesson);
  const ready = useAppStore((s) => s.scenario !== null);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const open = (next: ViewId) => {
    if (next === view) return;
    if (next === 'learn') {
      // The lesson reopens its own run where the learner left it (chapter 1 the first time).
      ctl.pause();
      setPlanOpen(false);
      const { chapter, stepIndex } = appStore.getState();
      if (chapter === null) setLearnOpen(true);
      else requestLesson({ ok: true, link: { chapter, step: stepIndex + 1 } });
      return;
    }
    setLearnOpen(false);
    if (next === 'plan') {
      // The run waits where it is: the Plan needs no simulation, and the transport is hidden.
      ctl.pause();
      setPlanOpen(true);
      return;
    }
    setPlanOpen(false);
    const wantsCompare = next === 'balancing';
    if (wantsCompare === compare) return;
    if (wantsCompare) ctl.openCompare();
    else ctl.openEnsemble();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const last = TABS.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i + last) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    // Handled here: the app's own shortcuts (arrows step through the run) must not see it.
    e.preventDefault();
    refs.current[next]?.focus();
  };

  return (
    <div className="view-tabs" role="tablist" aria-label={t('tabs.label')}>
      {TABS.map((tab, i) => {
        const selected = tab.view === view;
        return (
          <button
            key={tab.view}
            ref={(el) => void (refs.current[i] = el)}
            id={tabId(tab.view)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={VIEW_PANEL_ID}
            tabIndex={selected ? 0 : -1}
            disabled={!ready && tab.view !== 'plan'}
            onClick={() => open(tab.view)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t(tab.label)}
          </button>
        );
      })}
    </div>
  );
}

/** The tab panel: the view of the selected tab. */
export function ViewPanel({ className, children }: { className: string; children: ReactNode }) {
  const view = useView();
  return (
    <div id={VIEW_PANEL_ID} role="tabpanel" className={className} aria-labelledby={tabId(view)}>
      {children}
    </div>
  );
}
