/**
 * The words for a fault on the timeline or in a script: "S5 crashes (8.000 s)", or, for a scripted
 * action aimed at whoever leads when it runs, "the leader crashes (8.000 s)". One place for the
 * timeline's markers and the settings dialog's list of the script.
 */
import type { MessageKey } from '../i18n/en';

export type FaultKind = 'crash' | 'restart' | 'freeze' | 'unfreeze' | 'partition' | 'heal';

export function faultKey(kind: FaultKind, leader: boolean): MessageKey {
  if (leader && kind === 'crash') return 'marker.crashLeader';
  if (leader && kind === 'freeze') return 'marker.freezeLeader';
  return `marker.${kind}`;
}
