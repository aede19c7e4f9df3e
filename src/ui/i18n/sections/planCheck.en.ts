/**
 * English strings of the Plan view's "Check by simulation": its settings, progress, the drawn
 * measurements and where they disagree with the model. Spread into `en`.
 */
export const planCheckEn = {
  'plan.check.title': 'Check by simulation',
  'plan.check.intro':
    'Runs the deterministic simulator on the points below, with several seeds, spread over one worker per core. Each point is drawn over the curves as the mean over seeds with its 95% interval (mean ± t × s / √n, Student’s t with n − 1 degrees of freedom).',
  'plan.check.seeds': 'Seeds per point',
  'plan.check.lines': 'Throughput chart: lines to measure',
  'plan.check.line': '{voters} voters',
  'plan.check.readSteps': 'Read shares per line',
  'plan.check.loadSteps': 'Loads on the latency chart',
  'plan.check.measureMs': 'Simulated time per run',
  'plan.check.bounds': '{min} to {max}',
  'plan.check.readStepsBounds': '0, or 2 to {max}',
  'plan.check.notInteger': '{field}: enter a whole number from {min} to {max}.',
  'plan.check.outOfRange': '{field}: out of bounds, enter a value from {min} to {max}.',
  'plan.check.readStepsOne': '{field}: enter 0 (none) or 2 to {max}; one share is not a line.',
  'plan.check.runs': '{points} points × {seeds} seeds = {runs} runs on up to {workers} workers.',
  'plan.check.nothing': 'Choose a line or some loads to check.',
  'plan.check.start': 'Check by simulation',
  'plan.check.cancel': 'Cancel',
  'plan.check.progress': 'Simulation progress',
  'plan.check.running': '{finished} of {total} runs done on {workers} workers ({percent}).',
  'plan.check.cancelled':
    'Cancelled after {finished} of {total} runs. Nothing is drawn from an incomplete check.',
  'plan.check.changed':
    'The plan or the check’s settings changed, so the check was stopped after {finished} of {total} runs.',
  'plan.check.failed': 'The check failed at {where}, seed {seed}: {message}',
  'plan.check.failedNoRun': 'The check failed: {message}',
  'plan.check.stale':
    'The plan or the check’s settings changed since the last check: its results are no longer drawn. Check again for this plan.',
  'plan.check.done':
    '{runs} runs ({seeds} seeds per point) on {workers} workers. Measurements are drawn on the charts.',
  'plan.check.figure': 'Simulated measurements with 95% intervals at {points} points.',
  'plan.check.legend': '● simulated: mean and 95% interval over seeds',
  'plan.check.disagree.title': 'Where simulation and model disagree ({count})',
  'plan.check.disagree.none':
    'Nowhere: at every point checked, the model lies inside the simulation’s 95% interval or within {tolerance} of its mean.',
  'plan.check.disagree.rule':
    'A point disagrees when the model lies outside the 95% interval and more than {tolerance} from the mean.',
  'plan.check.d.above': '{where}: {metric} simulated {sim}, {share} above the model’s {model}.',
  'plan.check.d.below': '{where}: {metric} simulated {sim}, {share} below the model’s {model}.',
  'plan.check.d.noSamples':
    '{where}: some seeds completed no request of that kind in the measured time, so {metric} was not measured (the model says {model}).',
  'plan.check.where.throughput': '{voters} voters at {read}% reads, saturated',
  'plan.check.where.latency': '{ops} ops/s offered ({voters} voters, {read}% reads)',
  'plan.check.metric.throughput': 'throughput',
  'plan.check.metric.write.p50': 'write p50',
  'plan.check.metric.write.p99': 'write p99',
  'plan.check.metric.read.p50': 'read p50',
  'plan.check.metric.read.p99': 'read p99',
  'plan.check.ops': '{ops} ops/s',
  'plan.check.openLater':
    'Once checked, every point measured can be opened in the ensemble view, from the table of checked points or from its mark on the charts; “Open in the ensemble view” below opens the plan’s own point.',
} as const;
