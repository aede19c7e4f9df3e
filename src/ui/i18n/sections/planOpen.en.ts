/**
 * English strings of the Plan view's "Open in the ensemble view" (issue 17 item 4): the plan's
 * point run in the ZAB simulation with the cost model on. Spread into `en`.
 */
export const planOpenEn = {
  'plan.open.title': 'Watch it run',
  'plan.open.intro':
    'Opens this configuration in the ensemble view: {voters} voters and {observers} observers running ZAB with the cost model on, clients offering the plan’s request rate (past the knee they queue what they cannot send) at {readPercent}% reads, for {untilMs} simulated ms. The figures of the last {measureMs} ms are in the run’s report (npm run sim prints the same report).',
  'plan.open.button': 'Open in the ensemble view',
  'plan.open.tooMany':
    'The ensemble view runs at most {maxServers} servers; this configuration has {servers}. Lower the voters or observers to open it.',
  'plan.open.runTitle': 'Plan: {voters} voters, {observers} observers, {readPercent}% reads',
} as const;
