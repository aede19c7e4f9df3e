/**
 * The two views of the app: the ensemble and the strategy comparison. Which one shows follows the
 * loaded scenario (a balancer scenario is a comparison), so a shared link opens the right one.
 */
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';

export function useCompareMode(): boolean {
  return useAppStore((s) => Boolean(s.scenario?.balancer));
}

export function ViewTabs() {
  const t = useT();
  const ctl = useController();
  const compare = useCompareMode();
  const ready = useAppStore((s) => s.scenario !== null);
  return (
    <nav className="view-tabs" aria-label={t('tabs.label')}>
      <button
        type="button"
        aria-current={compare ? undefined : 'page'}
        disabled={!ready}
        onClick={() => {
          if (compare) ctl.openEnsemble();
        }}
      >
        {t('tabs.ensemble')}
      </button>
      <button
        type="button"
        aria-current={compare ? 'page' : undefined}
        disabled={!ready}
        onClick={() => {
          if (!compare) ctl.openCompare();
        }}
      >
        {t('tabs.compare')}
      </button>
    </nav>
  );
}
