/**
 * The comparison's event log: the latest requests, and for each strategy the backend it chose and
 * why, in the reader's language. Stepping one event at a time adds one row per arrival, so a
 * person can follow every decision; at speed the table keeps only the last few.
 */
import type { LabPickView, LabStrategyView } from '../../protocol/frame';
import { explainPick, explainPickParts } from '../explain/pickReasons';
import type { Translate } from '../i18n/t';
import { useT } from '../i18n/useT';
import { decisionRows } from './decisionRows';
import { strategyName } from './strategyText';

const ROWS = 5;

/** The reason, with the chosen backend in bold where the sentence names it (or in front). */
function Reason({ pick, t }: { pick: LabPickView; t: Translate }) {
  const parts = explainPickParts(pick.backend, pick.why, t);
  if (parts === null)
    return (
      <span className="lb-decision-why">
        <strong>{pick.backend}</strong> {explainPick(pick.backend, pick.why, t)}
      </span>
    );
  return (
    <span className="lb-decision-why">
      {parts.before}
      <strong>{pick.backend}</strong>
      {parts.after}
    </span>
  );
}

export function DecisionLog({ strategies }: { strategies: LabStrategyView[] }) {
  const t = useT();
  const rows = decisionRows(strategies, ROWS);
  return (
    <section className="lb-decisions" aria-labelledby="lb-decisions-title">
      <h3 id="lb-decisions-title">{t('decisions.title')}</h3>
      <p className="lb-describe">{t('decisions.intro')}</p>
      {rows.length === 0 ? (
        <p className="lb-decisions-none">{t('decisions.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('decisions.request')}</th>
              {strategies.map((s) => (
                <th key={s.id} scope="col">
                  {strategyName(t, s.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.request}>
                <th scope="row">
                  {t('decisions.row', {
                    id: r.request,
                    key: r.key,
                    time: (r.atMs / 1000).toFixed(3),
                  })}
                </th>
                {r.picks.map((p, i) => (
                  <td key={strategies[i]?.id ?? i}>{p && <Reason pick={p} t={t} />}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
