/**
 * What a person can do, in one object the components call: play and step, travel in time, act on
 * servers, load presets, settings, files and links, export. It owns the bridge and the player and
 * writes view state into the store; components never reach the worker themselves.
 */
import type { FoundTarget, StepTarget } from '../protocol/lessonTarget';
import type { UserAction } from '../protocol/messages';
import type { StrategyId } from '../sim/vocabulary';
import type { Scenario } from '../sim/vocabulary';
import {
  compareScenario,
  DEFAULT_STRATEGIES,
  withLabParams,
  withStrategies,
  type LabParams,
} from './compare/compareScenario';
import { createSimBridge, type LoadRequest, type SimBridge } from './bridge/simBridge';
import { createPlayer, type Player } from './player/player';
import { dropWindowFor } from './player/speeds';
import { exportFileName, exportText } from './share/exportScenario';
import { applySettings, type Settings } from './share/settings';
import { decodeHash, encodeState, HASH_KEY, lessonHash, parseLessonHash } from './share/urlState';
import type { AppStore } from './store/appStore';
import type { Notice } from './store/runSlice';
import { encodePlanHash, isPlanHash } from './plan/planLink';
import { createReplayActions, type ReplayActions } from './replay/replayActions';

export interface Controller extends ReplayActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  step(): void;
  stepChange(): void;
  stepBack(): void;
  seek(event: number): void;
  scrub(ms: number): void;
  setSpeed(index: number): void;
  /** An action at the time on screen. */
  act(action: UserAction): void;
  /** Stops the long computation the stage is busy with (the run stays as it was before it). */
  cancel(): void;
  select(sid: number | null): void;
  refresh(): void;
  loadPreset(id: string): void;
  /** Opens the strategy comparison (its built-in balancer scenario). */
  openCompare(): void;
  /** Back to the ensemble: the default preset (the live ensemble in live mode). */
  openEnsemble(): void;
  /** Reloads the comparison with these strategies, same seed. */
  setStrategies(strategies: StrategyId[]): void;
  /** Reloads the comparison with this traffic and pool, same seed and strategies. */
  applyLab(params: LabParams): void;
  /** Reloads the scenario with these settings, its script kept or not. */
  applySettings(settings: Settings, keepScript: boolean): void;
  reset(): void;
  /** Opens a lesson's scenario (at event `at`, or its start): the Learn view's run. */
  openScenario(scenario: Scenario, at: number | null): void;
  /** A lesson's next target moments (simBridge.findTargets). */
  findTargets(
    from: FoundTarget,
    targets: StepTarget[],
    done: (found: (FoundTarget | null)[]) => void,
  ): void;
  importFile(text: string): void;
  exportFile(): void;
  copyLink(): Promise<void>;
  dispose(): void;
}

/** A notice that means the first run never opened (its link was refused or cancelled). */
function nothingOpened(n: Notice): boolean {
  if (n.kind === 'loadError') return n.source === 'url';
  if (n.kind === 'badLink') return true;
  return n.kind === 'cancelled' && n.job === 'load';
}

export function createController(store: AppStore): Controller {
  const bridge: SimBridge = createSimBridge(store, () =>
    dropWindowFor(store.getState().speedIndex),
  );
  const player: Player = createPlayer(store, bridge);
  let scrubMs: number | null = null;
  let scrubRaf = 0;
  let urlTimer: ReturnType<typeof setTimeout> | undefined;

  const load = (r: LoadRequest) => {
    player.pause();
    bridge.load(r);
  };
  const loadDefault = () => {
    const s = store.getState();
    const preset = s.presets.find((p) => p.id === s.defaultPresetId) ?? s.presets[0];
    if (preset)
      load({
        source: 'preset',
        scenario: preset.scenario,
        commands: [],
        at: null,
        presetId: preset.id,
      });
  };

  /**
   * The Learn view is open (a chapter shown or about to be) or a lesson link waits for it: the
   * view loads the lesson's own run. A chapter left set after the learner closed the view does not
   * count: a run's link pasted then closes the view before start() and must open.
   */
  const lessonWanted = () => {
    const s = store.getState();
    return s.learnOpen || s.pendingLink !== null;
  };

  // Start: once the worker is ready, open the shared link if there is one, else the default preset.
  // A link pasted later (hashchange) that cannot be opened leaves the current run untouched.
  const start = async () => {
    // A lesson link opens the Learn view, which loads the lesson's own scenario.
    const lesson = parseLessonHash(window.location.hash);
    if (lesson) return store.getState().requestLesson(lesson);
    // A lesson asked for before the worker was ready (the tour, the Learn tab, an embed) is the
    // first run: the Learn view opens it now that the worker is ready. Loading the default preset
    // too would replace the lesson's run under its moment search, which would then never answer.
    if (lessonWanted()) return;
    // A Plan link is no run's link, even if a hand-made one carries a "z" input.
    const hash = window.location.hash;
    const decoded = isPlanHash(hash) ? null : await decodeHash(hash);
    // Asked for while the link was decoding: the same holds.
    if (lessonWanted()) return;
    const running = store.getState().scenario !== null;
    if (decoded === null) return running ? undefined : loadDefault();
    if (!decoded.ok) {
      const problem = decoded.problem;
      store
        .getState()
        .setNotice(
          problem.code === 'tooLarge'
            ? { kind: 'tooLarge', source: 'url', maxBytes: problem.maxBytes, bytes: null }
            : { kind: 'badLink', problem },
        );
      return running ? undefined : loadDefault();
    }
    const { scenario, commands, at } = decoded.state;
    load({ source: 'url', scenario, commands, at, presetId: null });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.status === 'ready' && prev.status !== 'ready') void start();
    // A shared link that cannot be opened (or whose opening was cancelled) leaves nothing
    // running: fall back to the default.
    if (s.notice !== prev.notice && !s.scenario && s.notice && nothingOpened(s.notice))
      loadDefault();
    if (
      s.scenario !== prev.scenario ||
      s.commands !== prev.commands ||
      s.playing !== prev.playing ||
      s.frame?.event !== prev.frame?.event ||
      s.planOpen !== prev.planOpen ||
      s.planInputs !== prev.planInputs ||
      s.learnOpen !== prev.learnOpen ||
      s.chapter !== prev.chapter ||
      s.stepIndex !== prev.stepIndex
    )
      scheduleUrl();
  });

  /** Keeps the address bar a link to this exact moment (not while playing: it would churn). */
  const scheduleUrl = () => {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => void writeUrl(), 250);
  };
  let written = '';
  const writeUrl = async () => {
    const s = store.getState();
    if (s.planOpen) {
      // A refused link stays in the address bar, so that a person can read and mend it, until
      // they change an input.
      if (s.planLinkProblem) return;
      // The Plan view's link names the view and its inputs; they are not part of a run's link.
      const url = new URL(window.location.href);
      url.hash = encodePlanHash(s.planInputs);
      written = url.hash;
      window.history.replaceState(null, '', url);
      return;
    }
    if (s.learnOpen && s.chapter !== null) {
      // A lesson's link names the chapter and step; the run is the lesson's own.
      const url = new URL(window.location.href);
      url.hash = lessonHash({ chapter: s.chapter, step: s.stepIndex + 1 });
      written = url.hash;
      window.history.replaceState(null, '', url);
      return;
    }
    // A replay of real logs has no link: the address keeps the run it replaced.
    if (s.playing || !s.scenario || !s.frame || s.replay) return;
    const z = await encodeState({ scenario: s.scenario, commands: s.commands, at: s.frame.event });
    const url = new URL(window.location.href);
    url.hash = `${HASH_KEY}=${z}`;
    written = url.hash;
    window.history.replaceState(null, '', url);
  };
  // A link pasted into this tab changes only the hash: open it as if the page had loaded it.
  const onHashChange = () => {
    if (window.location.hash === written) return;
    const lesson = parseLessonHash(window.location.hash);
    if (lesson) return store.getState().requestLesson(lesson);
    store.getState().setLearnOpen(false);
    if (isPlanHash(window.location.hash)) {
      player.pause();
      store.getState().openPlanLink(window.location.hash);
      return;
    }
    store.getState().setPlanOpen(false);
    void start();
  };
  window.addEventListener('hashchange', onHashChange);

  const act = (action: UserAction) => bridge.command(action, store.getState().displayMs);

  const replayActions = createReplayActions(store, bridge, load, () => player.pause());
  return {
    ...replayActions,
    play: () => player.play(),
    pause: () => player.pause(),
    togglePlay: () => player.toggle(),
    step: () => bridge.step('event'),
    stepChange: () => bridge.step('change'),
    stepBack: () => {
      player.pause();
      bridge.seek(Math.max(0, (store.getState().frame?.event ?? 0) - 1));
    },
    seek: (event) => {
      player.pause();
      bridge.seek(event);
    },
    scrub: (ms) => {
      player.pause();
      store.getState().setDisplayMs(ms);
      // Busy from this moment, not from the next animation frame that sends the seek: whoever
      // waits for the stage to settle must not see it idle in between.
      if (!store.getState().busy)
        store.getState().setBusy({ seq: Number.MAX_SAFE_INTEGER, kind: 'seek', progress: null });
      scrubMs = ms;
      if (!scrubRaf) {
        scrubRaf = requestAnimationFrame(() => {
          scrubRaf = 0;
          if (scrubMs !== null) bridge.seekTime(scrubMs);
          scrubMs = null;
        });
      }
    },
    setSpeed: (index) => store.getState().setSpeedIndex(index),
    act,
    cancel: () => bridge.cancel(),
    select: (sid) => {
      store.getState().select(sid);
      bridge.refresh();
    },
    refresh: () => bridge.refresh(),
    loadPreset: (id) => {
      const preset = store.getState().presets.find((p) => p.id === id);
      if (preset)
        load({ source: 'preset', scenario: preset.scenario, commands: [], at: null, presetId: id });
    },
    openCompare: () =>
      load({
        source: 'preset',
        scenario: compareScenario(DEFAULT_STRATEGIES),
        commands: [],
        at: null,
        presetId: null,
      }),
    openEnsemble: () => {
      if (!replayActions.returnToLive()) loadDefault();
    },
    setStrategies: (strategies) => {
      const s = store.getState();
      const scenario = withStrategies(
        (s.scenario as Scenario | null) ?? compareScenario(strategies),
        strategies,
      );
      load({ source: 'settings', scenario, commands: [], at: null, presetId: null });
    },
    applyLab: (params) => {
      const scenario = withLabParams(store.getState().scenario as Scenario | null, params);
      load({ source: 'settings', scenario, commands: [], at: null, presetId: null });
    },
    applySettings: (settings, keepScript) => {
      const s = store.getState();
      if (!s.scenario) return;
      const { scenario, dropped } = applySettings(s.scenario, settings, keepScript);
      if (dropped > 0) s.setNotice({ kind: 'droppedActions', count: dropped });
      const basedOn = s.presetId ?? s.basedOn;
      load({ source: 'settings', scenario, commands: [], at: null, presetId: null, basedOn });
    },
    reset: () => {
      const s = store.getState();
      if (s.scenario)
        load({
          source: 'reset',
          scenario: s.scenario,
          commands: [],
          at: null,
          presetId: s.presetId,
          basedOn: s.basedOn,
        });
    },
    openScenario: (scenario, at) =>
      load({ source: 'preset', scenario, commands: [], at, presetId: null }),
    findTargets: (from, targets, done) => {
      player.pause();
      bridge.findTargets(from, targets, done);
    },
    importFile: (text) =>
      load({ source: 'file', scenario: text, commands: [], at: null, presetId: null }),
    exportFile: () => {
      const s = store.getState();
      if (!s.scenario) return;
      const blob = new Blob([exportText(s.scenario as Scenario, s.commands)], {
        type: 'application/json',
      });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = exportFileName(s.presetId, s.scenario);
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    },
    copyLink: async () => {
      await writeUrl();
      try {
        await navigator.clipboard.writeText(window.location.href);
        store.getState().setNotice({ kind: 'copied', ok: true });
      } catch {
        // No clipboard permission: the address bar already holds the link.
        store.getState().setNotice({ kind: 'copied', ok: false });
      }
    },
    dispose: () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
      clearTimeout(urlTimer);
      if (scrubRaf) cancelAnimationFrame(scrubRaf);
      player.dispose();
      bridge.dispose();
    },
  };
}
