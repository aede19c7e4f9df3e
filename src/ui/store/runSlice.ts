/**
 * The run: the preset catalogue, the scenario the worker loaded (as it would be exported), its
 * resolved settings, the command log, and the notices a person should read (a load refused, a
 * fork, a command refused).
 */
import type { StateCreator } from 'zustand/vanilla';
import type {
  CommandView,
  JobKind,
  LoadSource,
  PresetInfo,
  RunInfo,
} from '../../protocol/messages';
import type { FieldProblem, Scenario } from '../../sim/vocabulary';
import type { UndecodedLink } from '../explain/linkProblemText';

export type Notice =
  /** `field`, when a scenario field is at fault, is worded from its code (explain/fieldWhyText.ts). */
  | { kind: 'loadError'; source: LoadSource; message: string; field: FieldProblem | null }
  /** A shared link that does not decode (its scenario is not even read): why, as a code. */
  | { kind: 'badLink'; problem: UndecodedLink }
  | { kind: 'commandError'; message: string; field: FieldProblem | null }
  | { kind: 'copied'; ok: boolean }
  | { kind: 'droppedActions'; count: number }
  /** A long request was cancelled: a run being opened was dropped, a seek or step went back. */
  | { kind: 'cancelled'; job: JobKind; source: LoadSource | null }
  /** A link or file bigger than the app opens (bytes: the file's size; links are not inflated). */
  | { kind: 'tooLarge'; source: 'url' | 'file'; maxBytes: number; bytes: number | null };

export interface RunSlice {
  presets: PresetInfo[];
  defaultPresetId: string;
  presetId: string | null;
  /** The preset a custom scenario was made from with the settings dialog, if any. */
  basedOn: string | null;
  scenario: Scenario | null;
  info: RunInfo | null;
  commands: CommandView[];
  forkedAt: { event: number; ms: number } | null;
  notice: Notice | null;
  setPresets: (presets: PresetInfo[], defaultPresetId: string) => void;
  setLoaded: (
    scenario: Scenario,
    info: RunInfo,
    presetId: string | null,
    basedOn?: string | null,
  ) => void;
  setCommands: (commands: CommandView[], forkedAt: { event: number; ms: number } | null) => void;
  setNotice: (notice: Notice | null) => void;
  dismissFork: () => void;
}

export const createRunSlice: StateCreator<RunSlice> = (set) => ({
  presets: [],
  defaultPresetId: 'playground',
  presetId: null,
  basedOn: null,
  scenario: null,
  info: null,
  commands: [],
  forkedAt: null,
  notice: null,
  setPresets: (presets, defaultPresetId) => set({ presets, defaultPresetId }),
  setLoaded: (scenario, info, presetId, basedOn = null) =>
    set({ scenario, info, presetId, basedOn, forkedAt: null }),
  setCommands: (commands, forkedAt) => set((s) => ({ commands, forkedAt: forkedAt ?? s.forkedAt })),
  setNotice: (notice) => set({ notice }),
  dismissFork: () => set({ forkedAt: null }),
});
