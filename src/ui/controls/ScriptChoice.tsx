/**
 * In the settings dialog: the scenario's script (its writes and its faults, with their times), and
 * whether the reloaded run keeps it. Without this, a person who only meant to change the servers
 * found the playground's leader crash and restart silently still in their "custom" run.
 */
import type { Scenario } from '../../sim/vocabulary';
import { useT } from '../i18n/useT';
import { formatTime } from '../player/timeText';
import { scriptSummary } from '../share/settings';
import { faultKey, type FaultKind } from './faultText';

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
      t(faultKey(f.do as FaultKind, f.sid === 'leader'), {
        sid: typeof f.sid === 'number' ? f.sid : '',
        time: formatTime(f.atMs),
      }),
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
