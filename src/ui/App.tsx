/**
 * The app shell: header, notices, the ensemble with its fault tools, the inspector and the event
 * log beside it, and the transport bar below. It creates the controller (worker, player) once per
 * mount and disposes of it in the cleanup.
 */
import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { createController } from './controller';
import { ControllerContext, createControllerSlot } from './controllerContext';
import { FaultBar } from './controls/FaultBar';
import { Header } from './controls/Header';
import { SettingsDialog } from './controls/SettingsDialog';
import { TransportBar } from './controls/TransportBar';
import { useView, ViewPanel } from './controls/ViewTabs';
import { LearnView } from './learn/LearnView';
import { WelcomeDialog } from './learn/WelcomeDialog';
import { EventLog } from './panels/EventLog';
import { ClientInspector } from './panels/ClientInspector';
import { DataTreePanel } from './panels/DataTreePanel';
import { CostPanel } from './panels/CostPanel';
import { Inspector } from './panels/Inspector';
import { Notices } from './panels/Notices';
import { useT } from './i18n/useT';
import { appStore, useAppStore } from './store/appStore';
import { useKeyboard } from './useKeyboard';
import { EnsembleView } from './viz/EnsembleView';
import { ForkNotes } from './replay/ForkNotes';
import { LogsDialog } from './replay/LogsDialog';
import { ReplayBanner } from './replay/ReplayBanner';
import { SpaceTimePanel, SpaceTimeToggle } from './viz/spacetime/SpaceTimePanel';
import { Legend } from './viz/Legend';

// The comparison (its charts, ring and request marks) loads when its tab is first opened, so the
// ensemble view, where every visit starts, does not wait for it.
const CompareView = lazy(() =>
  import('./compare/CompareView').then((m) => ({ default: m.CompareView })),
);
// The Plan view and the cost model load the same way, when first opened.
const PlanView = lazy(() => import('./plan/PlanView').then((m) => ({ default: m.PlanView })));

/**
 * Live mode's parts (docs/LIVE.md): the panel over the ring, and the feed that hands the live
 * ensemble's records to the worker, mounted whatever the view so that they never stop arriving.
 */
export interface LiveParts {
  Panel: ComponentType;
  Feed: ComponentType;
}

/**
 * `live`: given by main.tsx only when the address asks for it, from a chunk the static site never
 * loads (the connection itself is the page's, opened by main.tsx, not the panel's).
 */
export function App({ live = null }: { live?: LiveParts | null }) {
  // A stable controller for the context, forwarding to the one the effect creates.
  const [slot] = useState(createControllerSlot);
  const controller = slot.controller;
  const locale = useAppStore((s) => s.locale);
  const t = useT();

  useEffect(() => {
    const c = createController(appStore);
    slot.attach(c);
    return () => {
      slot.attach(null);
      c.dispose();
    };
  }, [slot]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const view = useView();
  // The run's shortcuts (Space plays, arrows step) act on a run the Plan view hides: off there.
  // The lessons have their own keys (Next and Back).
  useKeyboard(controller, view !== 'plan' && view !== 'learn');
  // Presentation and embed modes show the picture and the lesson only.
  const plain = useAppStore((s) => s.presentation || s.embed);
  // Until the worker answers a jump (a seek, a step, a link), what the stage shows is about to
  // change: say so to assistive technology (and to tests, which wait for it).
  const busy = useAppStore((s) => s.busy !== null);
  // Real logs cannot be changed: no fault tools while they replay.
  const replaying = useAppStore((s) => s.replay !== null);
  // A client of the run on screen (a loaded scenario may not have the one selected before).
  const selectedClient = useAppStore(
    (s) => s.frame?.clients?.clients.some((c) => c.id === s.selectedClient) ?? false,
  );

  return (
    <ControllerContext.Provider value={controller}>
      {live && <live.Feed />}
      <div className={plain ? 'app app-plain' : 'app'}>
        {/* The first Tab stop: past the header, the stage and the log, straight to Play. */}
        {view !== 'plan' && !plain && (
          <a className="skip-link" href="#transport">
            {t('app.skipToControls')}
          </a>
        )}
        {!plain && <Header />}
        <Notices />
        <main className="main-area" aria-busy={busy}>
          {view === 'learn' ? (
            <ViewPanel className="stage learn-wrap">
              <LearnView />
            </ViewPanel>
          ) : view === 'plan' ? (
            <ViewPanel className="stage plan-stage">
              <Suspense fallback={<p className="compare-loading">…</p>}>
                <PlanView />
              </Suspense>
            </ViewPanel>
          ) : view === 'balancing' ? (
            <ViewPanel className="stage compare-stage">
              <Suspense fallback={<p className="compare-loading">…</p>}>
                <CompareView />
              </Suspense>
            </ViewPanel>
          ) : (
            <ViewPanel className="stage">
              <section className="ensemble-panel" aria-labelledby="ensemble-title">
                <ReplayBanner />
                {live && <live.Panel />}
                <ForkNotes folded={live !== null} />
                {!replaying && <FaultBar />}
                <SpaceTimeToggle />
                <div className="ring-and-spacetime">
                  <EnsembleView />
                  <SpaceTimePanel />
                </div>
                <Legend />
              </section>
              <aside className="side">
                {selectedClient ? <ClientInspector /> : <Inspector />}
                <CostPanel />
                <DataTreePanel />
                <EventLog />
              </aside>
            </ViewPanel>
          )}
        </main>
        {view !== 'plan' && !plain && <TransportBar />}
        <SettingsDialog />
        <LogsDialog />
        <WelcomeDialog />
      </div>
    </ControllerContext.Provider>
  );
}
