/**
 * The checker's findings and the model's resource codes in the reader's language: one renderer
 * per finding code (a new code without its sentence does not compile), each choosing a message
 * key and formatting its parameters. The English of the planner CLI is src/sim/cost/describe.ts;
 * this is the app's, through t().
 */
import type { Bottleneck, Finding, FindingCode, Severity } from '../../sim/cost';
import type { MessageKey } from '../i18n/en';
import type { Locale, MessageParams } from '../i18n/t';
import { formatCount, formatMs, formatPercent } from './planFormat';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function resourceName(t: Translate, b: Bottleneck): string {
  return t(`plan.resource.${b}` as MessageKey);
}

export function severityName(t: Translate, s: Severity): string {
  return t(`plan.severity.${s}` as MessageKey);
}

type Renderers = {
  [C in FindingCode]: (f: Extract<Finding, { code: C }>, t: Translate, locale: Locale) => string;
};

const RENDER: Renderers = {
  'session.timeout-below-min': (f, t, l) =>
    t('plan.finding.session.timeout-below-min', {
      requested: formatMs(f.requestedMs, l),
      min: formatMs(f.minMs, l),
    }),
  'session.timeout-above-max': (f, t, l) =>
    t('plan.finding.session.timeout-above-max', {
      requested: formatMs(f.requestedMs, l),
      max: formatMs(f.maxMs, l),
    }),
  'observers.without-quorum': (f, t) =>
    t('plan.finding.observers.without-quorum', { observers: f.observers }),
  'voters.standalone': (_f, t) => t('plan.finding.voters.standalone'),
  'voters.no-fault-tolerance': (_f, t) => t('plan.finding.voters.no-fault-tolerance'),
  'voters.even': (f, t) =>
    t('plan.finding.voters.even', {
      voters: f.voters,
      tolerated: f.toleratedFailures,
      fewer: f.voters - 1,
    }),
  'voters.many-for-writes': (f, t, l) =>
    t('plan.finding.voters.many-for-writes', {
      voters: f.voters,
      writeShare: formatPercent(f.writeRatio, l),
      writes: formatCount(f.writeOpsPerSec, l),
      writesWithFewer: formatCount(f.writeOpsPerSecWithFewer, l),
      fewer: f.fewerVoters,
    }),
  'observers.for-read-scale': (f, t, l) =>
    t('plan.finding.observers.for-read-scale', {
      readShare: formatPercent(f.readRatio, l),
      voters: f.suggestedVoters,
      observers: f.suggestedObservers,
    }),
  'observers.add-leader-work': (f, t) =>
    t('plan.finding.observers.add-leader-work', {
      observers: f.observers,
      resource: resourceName(t, f.bottleneck),
    }),
  'load.over-capacity': (f, t, l) =>
    f.bottleneck === 'clients'
      ? t('plan.finding.load.over-capacity.clients', {
          offered: formatCount(f.offeredOpsPerSec, l),
          throughput: formatCount(f.throughputOpsPerSec, l),
        })
      : t('plan.finding.load.over-capacity', {
          offered: formatCount(f.offeredOpsPerSec, l),
          throughput: formatCount(f.throughputOpsPerSec, l),
          resource: resourceName(t, f.bottleneck),
        }),
  'load.past-knee': (f, t, l) =>
    t('plan.finding.load.past-knee', {
      offered: formatCount(f.offeredOpsPerSec, l),
      knee: formatCount(f.kneeOpsPerSec, l),
    }),
  'syncLimit.shorter-than-ack': (f, t, l) =>
    t('plan.finding.syncLimit.shorter-than-ack', {
      syncLimit: formatMs(f.syncLimitMs, l),
      p99: formatMs(f.writeP99Ms, l),
    }),
  'initLimit.shorter-than-snapshot': (f, t, l) =>
    t('plan.finding.initLimit.shorter-than-snapshot', {
      initLimit: formatMs(f.initLimitMs, l),
      snapshot: formatMs(f.snapshotMs, l),
      size: formatCount(f.snapshotMB, l),
    }),
  'session.expires-on-failover': (f, t, l) =>
    t(
      f.by === 'server'
        ? 'plan.finding.session.expires-on-failover.server'
        : 'plan.finding.session.expires-on-failover.client',
      {
        failure: t(`plan.failure.${f.mode}` as MessageKey),
        timeout: formatMs(f.timeoutMs, l),
        gap: formatMs(f.clientGapMs, l),
        reconnect: formatMs(f.reconnectMs, l),
      },
    ),
};

/** A finding's sentence in the reader's language. */
export function findingText(f: Finding, t: Translate, locale: Locale): string {
  const render = RENDER[f.code] as (f: Finding, t: Translate, l: Locale) => string;
  return render(f, t, locale);
}
