/**
 * The configuration checker's findings: what ZooKeeper would refuse, what is unwise, and advice,
 * the most severe first. Each shows its severity as a word with a distinct mark (not by colour
 * alone) and its sentence with the reason.
 */
import type { Severity } from '../../sim/cost';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { findingText, severityName } from './findingText';
import type { PlanModel } from './planModel';

const MARKS: Record<Severity, string> = { refused: '✕', unwise: '▲', note: '●' };

export function FindingsList({ model }: { model: PlanModel }) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  return (
    <section className="plan-card plan-findings" aria-labelledby="plan-findings-title">
      <h3 id="plan-findings-title">{t('plan.findings.title', { count: model.findings.length })}</h3>
      {model.findings.length === 0 ? (
        <p className="plan-muted">{t('plan.findings.none')}</p>
      ) : (
        <ul>
          {model.findings.map((f) => (
            <li key={`${f.code}|${'mode' in f ? f.mode : ''}`} className={`plan-sev-${f.severity}`}>
              <span className="plan-sev">
                <span aria-hidden="true">{MARKS[f.severity]}</span> {severityName(t, f.severity)}
              </span>
              <span>{findingText(f, t, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
