/**
 * In the settings dialog: the scenario's script (its writes and its faults, with their times), and
 * whether the reloaded run keeps it. Without this, a person who only meant to change the servers
 * found the playground's leader crash and restart silently still in their "custom" run.
 */
import type { Scenario } from '../../sim/scenario/types';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { formatTime } from '../player/timeText';
import { scriptSummary, type ScriptSummary } from '../share/settings';

type Fault = ScriptSummary['faults'][number];

function faultKey(f: Fault): MessageKey {
  if (f.sid === 'leader') return f.do === 'freeze' ? 'marker.freezeLeader' : 'marker.crashLeader';
  if (f.do === 'unfreeze') return 'marker.unfreeze';
  return `marker.${f.do as 'crash' | 'restart' | 'freeze' | 'partition' | 'heal'}`;
}

export function ScriptChoice({
  scenario,
  keep,
  onChange,
}: {
  scenario: Scenario;
  keep: boolean;
  onChange: (keep: boolean) => void;
}) {
  const t = useT();
  const s = scriptSummary(scenario);
  const parts = [
    ...(s.writes > 0 ? [t('settings.scriptWrites', { count: s.writes })] : []),
    ...s.faults.map((f) =>
      t(faultKey(f), { sid: typeof f.sid === 'number' ? f.sid : '', time: formatTime(f.atMs) }),
    ),
    ...(s.other > 0 ? [t('settings.scriptOther', { count: s.other })] : []),
  ];
  if (parts.length === 0) return <p className="script-choice muted">{t('settings.scriptNone')}</p>;
  return (
    <div className="script-choice">
      <label className="check">
        <input
          type="checkbox"
          checked={keep}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby="script-list"
        />
        <span>{t('settings.scriptKeep')}</span>
      </label>
      <p id="script-list" className="script-list">
        {parts.join(' · ')}
      </p>
    </div>
  );
}
