/**
 * English strings of the ensemble view's "Cost model" box (issue 17 follow-up): the report's cost
 * figures at the displayed moment. Spread into `en`.
 */
export const costViewEn = {
  'cost.title': 'Cost model',
  'cost.window': 'Measured so far: {windowMs} ms, from {fromMs} ms on.',
  'cost.notYet': 'Measuring starts at {fromMs} ms (after the warm-up); nothing is measured yet.',
  'cost.reads': 'Reads',
  'cost.writes': 'Writes',
  'cost.rate': '{rate} ops/s',
  'cost.writeLatency': 'Write latency p50 / p99',
  'cost.latency': '{p50} / {p99} ms',
  'cost.noLatency': 'none completed yet',
  'cost.failed': 'Requests sent again',
  'cost.serversCaption': 'Utilization of each server’s stations over the window so far',
  'cost.server': 'Server',
  'cost.state': 'State',
  'cost.resource.cpu': 'CPU',
  'cost.resource.nic': 'Link',
  'cost.resource.disk': 'Log disk',
  'cost.percent': '{percent}%',
  'cost.bottleneck': 'Bottleneck: {resource} of S{sid}, busy {percent}% of the window.',
  'cost.noBottleneck': 'Bottleneck: none yet (no station was busy in the window).',
  'cost.open.offered': 'Offered (open loop)',
  'cost.open.arrived': 'Arrived so far',
  'cost.open.achieved': 'Achieved (replies)',
  'cost.open.queued': 'Waiting at the clients (most)',
  'cost.open.queuedValue': '{queued} ({queuedMax})',
  'cost.open.refused': 'Refused (client queues full)',
  'cost.open.failed': 'Requests failed (ConnectionLoss)',
} as const;
