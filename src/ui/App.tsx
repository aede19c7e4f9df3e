/**
 * The app shell: header, notices, the ensemble with its fault tools, the inspector and the event
 * log beside it, and the transport bar below. It creates the controller (worker, player) once per
 * mount and disposes of it in the cleanup.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { createController } from './controller';
import { ControllerContext, createControllerSlot } from './controllerContext';
import { FaultBar } from './controls/FaultBar';
import { Header } from './controls/Header';
import { SettingsDialog } from './controls/SettingsDialog';
import { TransportBar } from './controls/TransportBar';
import { useView, ViewPanel } from './controls/ViewTabs';
import { EventLog } from './panels/EventLog';
import { ClientInspector } from './panels/ClientInspector';
import { DataTreePanel } from './panels/DataTreePanel';
import { Inspector } from './panels/Inspector';
import { Notices } from './panels/Notices';
import { useT } from './i18n/useT';
import { appStore, useAppStore } from './store/appStore';
import { useKeyboard } from './useKeyboard';
import { EnsembleView } from './viz/EnsembleView';
import { Legend } from './viz/Legend';

// The comparison (its charts, ring and request marks) loads when its tab is first opened, so the
// ensemble view, where every visit starts, does not wait for it.
const CompareView = lazy(() =>
  import('./compare/CompareView').then((m) => ({ default: m.CompareView })),
);
// The Plan view and the cost model load the same way, when first opened.
const PlanView = lazy(() => import('./plan/PlanView').then((m) => ({ default: m.PlanView })));

export function App() {
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
  useKeyboard(controller, view !== 'plan');
  // Until the worker answers a jump (a seek, a step, a link), what the stage shows is about to
  // change: say so to assistive technology (and to tests, which wait for it).
  const busy = useAppStore((s) => s.busy !== null);
  // A client of the run on screen (a loaded scenario may not have the one selected before).
  const selectedClient = useAppStore(
    (s) => s.frame?.clients?.clients.some((c) => c.id === s.selectedClient) ?? false,
  );

  return (
    <ControllerContext.Provider value={controller}>
      <div className="app">
        {/* The first Tab stop: past the header, the stage and the log, straight to Play. */}
        {view !== 'plan' && (
          <a className="skip-link" href="#transport">
            {t('app.skipToControls')}
          </a>
        )}
        <Header />
        <Notices />
        <main className="main-area" aria-busy={busy}>
          {view === 'plan' ? (
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
                <FaultBar />
                <EnsembleView />
                <Legend />
              </section>
              <aside className="side">
                {selectedClient ? <ClientInspector /> : <Inspector />}
                <DataTreePanel />
                <EventLog />
              </aside>
            </ViewPanel>
          )}
        </main>
        {view !== 'plan' && <TransportBar />}
        <SettingsDialog />
      </div>
    </ControllerContext.Provider>
  );
}
