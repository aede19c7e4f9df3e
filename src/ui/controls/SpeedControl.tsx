/** The speed: a slider over logarithmic steps, from one event at a time to 10x real time. */
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { rateLabel, SPEEDS, speedAt } from '../player/speeds';
import { useAppStore } from '../store/appStore';

export function SpeedControl() {
  const t = useT();
  const ctl = useController();
  const index = useAppStore((s) => s.speedIndex);
  const speed = speedAt(index);
  const label = speed.kind === 'event' ? t('speed.events') : rateLabel(speed.rate);
  const hint =
    speed.kind === 'event'
      ? t('speed.eventsHint')
      : t('speed.hint', {
          real: speed.rate >= 1 ? `${1 / speed.rate} s` : `${Math.round(1 / speed.rate)} s`,
        });
  return (
    <label className="speed">
      <span className="speed-name">{t('speed.label')}</span>
      <input
        type="range"
        min={0}
        max={SPEEDS.length - 1}
        step={1}
        value={index}
        aria-label={t('speed.label')}
        aria-valuetext={`${label}, ${hint}`}
        onChange={(e) => ctl.setSpeed(Number(e.target.value))}
      />
      <output className="speed-value" title={hint}>
        {label}
      </output>
    </label>
  );
}
