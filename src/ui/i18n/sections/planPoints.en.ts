/**
 * English strings of the checked points (issue 17 item 4): the table of what "Check by
 * simulation" measured, and each point's control that opens it in the ensemble view. Spread into
 * `en`.
 */
export const planPointsEn = {
  'plan.point.open':
    'Open in the ensemble view: {voters} voters, {observers} observers, {read}% reads, {ops} ops/s offered',
  'plan.point.openSaturated':
    'Open in the ensemble view: {voters} voters, {observers} observers, {read}% reads, saturated, {ops} ops/s offered',
  'plan.point.button': 'Open',
  'plan.point.tooMany':
    'The ensemble view runs at most {maxServers} servers; this point has {servers}.',
  'plan.point.tooManyNote':
    'Open is off for points of more than {maxServers} servers: the ensemble view runs at most {maxServers}.',
  'plan.point.table.title': 'Checked points',
  'plan.point.table.intro':
    'Each point the check measured, beside the model. Open one to watch it run in the ensemble view with the cost model on; its mark on the chart opens it too. A throughput point opens at the model’s saturated rate.',
  'plan.point.col.chart': 'Chart',
  'plan.point.col.voters': 'Voters',
  'plan.point.col.observers': 'Observers',
  'plan.point.col.reads': 'Reads',
  'plan.point.col.offered': 'Offered',
  'plan.point.col.measure': 'Measure',
  'plan.point.col.model': 'Model',
  'plan.point.col.simulated': 'Simulated (95% interval)',
  'plan.point.col.open': 'Ensemble view',
  'plan.point.chart.throughput': 'Throughput',
  'plan.point.chart.latency': 'Latency',
  'plan.point.saturated': 'saturated, {ops}',
  'plan.point.interval': '{mean} ({lo} to {hi})',
  'plan.point.noSamples': 'not measured',
  'plan.point.disagrees': 'disagrees',
} as const;
