/** The keyboard shortcuts, listed where everyone can see them. */
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/en';

const KEYS: { keys: string[]; what: MessageKey }[] = [
  { keys: ['Space'], what: 'keys.play' },
  { keys: ['→'], what: 'keys.step' },
  { keys: ['Shift', '→'], what: 'keys.change' },
  { keys: ['←'], what: 'keys.back' },
  { keys: ['Home'], what: 'keys.start' },
];

export function Shortcuts() {
  const t = useT();
  return (
    <div className="shortcuts">
      <span className="shortcuts-title" id="shortcuts-title">
        {t('keys.label')}
      </span>
      <dl aria-labelledby="shortcuts-title">
        {KEYS.map((k) => (
          <div key={k.what} className="shortcut">
            <dt>
              {k.keys.map((key, i) => (
                <kbd key={i}>{key === 'Space' ? t('keys.space') : key}</kbd>
              ))}
            </dt>
            <dd>{t(k.what)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
