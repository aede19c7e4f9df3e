/**
 * English strings of the Plan view's Backends section (issue 17, item 5): how many backends each
 * load-balancing strategy needs for a target p99, and the headroom after losing one during its
 * session timeout. Spread into `en`.
 */
export const planBackendsEn = {
  'plan.be.title': 'Backends for the service',
  'plan.be.intro':
    'How many backends each load-balancing strategy needs so that 99% of requests finish within the target, and what losing one costs: its znode stays until its session expires, and the balancer keeps sending it requests, which fail. Backends serve one request at a time with exponential service times; requests arrive at random (Poisson).',
  'plan.be.input.ratePerSec': 'Request rate',
  'plan.be.input.meanServiceMs': 'Mean service time',
  'plan.be.input.targetP99Ms': 'Target p99 latency',
  'plan.be.input.sessionTimeoutMs': 'Backends’ session expiry',
  'plan.be.input.seeds': 'Seeds per point',
  'plan.be.unit.perSec': 'req/s',
  'plan.be.unit.ms': 'ms',
  'plan.be.unit.seeds': 'seeds',
  'plan.be.strategies': 'Strategies',
  'plan.be.bad': '{field} must be a number from {min} to {max}.',
  'plan.be.badInteger': '{field} must be a whole number from {min} to {max}.',
  'plan.be.noStrategy': 'Choose at least one strategy.',
  'plan.be.col.strategy': 'Strategy',
  'plan.be.col.needed': 'Backends needed',
  'plan.be.col.p99': 'p99 at that count',
  'plan.be.col.forLoss': 'To survive a loss',
  'plan.be.col.afterLoss': 'p99 after the loss',
  'plan.be.col.errors': 'Failed in the window',
  'plan.be.col.simNeeded': 'Simulation: backends',
  'plan.be.col.simP99': 'Simulation: p99',
  'plan.be.col.window': 'Simulation: window',
  'plan.be.col.simErrors': 'Simulation: failed',
  'plan.be.none': 'more than {max}',
  'plan.be.unbounded': 'overloaded',
  'plan.be.loadAware': 'simulation only',
  'plan.be.plusOne': '{n} (+{extra})',
  'plan.be.ms': '{ms} ms',
  'plan.be.moreThan': 'more than {n}',
  'plan.be.agrees': 'confirmed',
  'plan.be.disagrees': 'the model said {n}',
  'plan.be.check': 'Check by simulation',
  'plan.be.cancel': 'Cancel',
  'plan.be.progress': 'Simulating the lab',
  'plan.be.cancelled': 'The check was cancelled; the table shows the model alone.',
  'plan.be.failed': 'The check failed: {message}',
  'plan.be.stale': 'The inputs changed since the check: check again to measure them.',
  'plan.be.method':
    'Model: random and hashing as independent M/M/1 queues (hash shares counted over the lab’s 10,000 keys), round robin as E_n/M/1, least connections as join-the-shortest-queue (approximation), power of two choices and PEWMA by Mitzenmacher’s supermarket model (optimistic for a few backends). The simulation runs the load-balancing lab with backends registered in ZooKeeper and kills one to measure the window. Method and figures: docs/CAPACITY.md.',
} as const;
