/**
 * The two views of the app, as a WAI-ARIA tablist: the ensemble, and load balancing (strategies
 * compared on a ZooKeeper-registered service). Which one shows follows the loaded scenario (a
 * balancer scenario is the load-balancing view), so a shared link opens the right one. Arrow
 * keys, Home and End move between the tabs; Enter or Space opens one (manual activation: opening
 * a view loads its run, too much to do on every arrow press). The panel is ViewPanel.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useController } from '../controllerContext';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';

export function useCompareMode(): boolean {
  return useAppStore((s) => Boolean(s.scenario?.balancer));
}

const TABS: { id: string; label: MessageKey; compare: boolean }[] = [
  { id: 'tab-ensemble', label: 'tabs.ensemble', compare: false },
  { id: 'tab-balancing', label: 'tabs.compare', compare: true },
];
export const VIEW_PANEL_ID = 'view-panel';

export function ViewTabs() {
  const t = useT();
  const ctl = useController();
  const compare = useCompareMode();
  const ready = useAppStore((s) => s.scenario !== null);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  const open = (wantsCompare: boolean) => {
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
        const selected = tab.compare === compare;
        return (
          <button
            key={tab.id}
            ref={(el) => void (refs.current[i] = el)}
            id={tab.id}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={VIEW_PANEL_ID}
            tabIndex={selected ? 0 : -1}
            disabled={!ready}
            onClick={() => open(tab.compare)}
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
  const compare = useCompareMode();
  return (
    <div
      id={VIEW_PANEL_ID}
      role="tabpanel"
      className={className}
      aria-labelledby={compare ? 'tab-balancing' : 'tab-ensemble'}
    >
      {children}
    </div>
  );
}
