/**
 * The queueing formulas behind the backend sizing model (sizing.ts). Every backend of the lab is
 * one FIFO server (slots 1) whose service time is exponential with mean S (traffic.ts: work is
 * Exp(mean 1), times meanServiceMs), fed by a share of a Poisson stream. Each function returns
 * P(T > t), the tail of a request's sojourn time T (queueing plus service) in ms; the caller turns
 * a tail into a percentile by bisection (quantileOfTail). All are pure arithmetic.
 */

/** P(Erlang(k, mu) > t) = e^{-mu t} sum_{j<k} (mu t)^j / j!: the sum of k exponential services. */
export function erlangTail(k: number, mu: number, t: number): number {
  const x = mu * t;
  let term = 1;
  let sum = 1;
  for (let j = 1; j < k; j++) {
    term *= x / j;
    sum += term;
  }
  return Math.min(1, Math.exp(-x) * sum);
}

/**
 * M/M/1 with arrival rate lambda and service rate mu (per ms): the sojourn time is exponential
 * with rate mu - lambda (Kleinrock, Queueing Systems I, section 3.2). Infinite when lambda >= mu.
 */
export function mm1Tail(lambda: number, mu: number, t: number): number {
  return lambda >= mu ? 1 : Math.exp(-(mu - lambda) * t);
}

/**
 * GI/M/1 whose interarrival time is Erlang(n, lambda): what one backend sees when round-robin
 * hands it every n-th request of a Poisson(lambda) stream. The sojourn time is exponential with
 * rate mu (1 - sigma), sigma the root in (0, 1) of sigma = A*(mu (1 - sigma)), A* the interarrival
 * time's Laplace transform, here (lambda / (lambda + s))^n (Kleinrock, section 6.4). Fixed-point
 * iteration from 0 increases monotonically to that root when the load lambda / (n mu) is < 1.
 */
export function erlangArrivalSigma(n: number, lambda: number, mu: number): number {
  if (lambda >= n * mu) return 1;
  let sigma = 0;
  for (let i = 0; i < 10_000; i++) {
    const next = Math.pow(lambda / (lambda + mu * (1 - sigma)), n);
    if (Math.abs(next - sigma) < 1e-13) return next;
    sigma = next;
  }
  return sigma;
}

export function roundRobinTail(n: number, lambda: number, mu: number, t: number): number {
  const sigma = erlangArrivalSigma(n, lambda, mu);
  return sigma >= 1 ? 1 : Math.exp(-mu * (1 - sigma) * t);
}

/**
 * Backends fed independent Poisson shares (random picks, or a hash over uniformly drawn keys):
 * a request lands on backend i with probability share_i and sees an M/M/1 at lambda share_i.
 */
export function splitTail(
  shares: readonly number[],
  lambda: number,
  mu: number,
  t: number,
): number {
  let p = 0;
  for (const w of shares) if (w > 0) p += w * mm1Tail(lambda * w, mu, t);
  return p;
}

/** Erlang C: the probability that an arrival to an M/M/c finds every server busy (a = lambda/mu). */
export function erlangC(c: number, a: number): number {
  if (a >= c) return 1;
  // Erlang B by its stable recursion, then C from B.
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  const rho = a / c;
  return b / (1 - rho + rho * b);
}

/**
 * Join-the-shortest-queue (least-connections with one balancer: its outstanding counts are the
 * backends' queues). No closed form exists (Gupta, Harchol-Balter, Sigman and Whitt, "Analysis of
 * join-the-shortest-queue routing for web server farms", Performance Evaluation 64, 2007); their
 * finding that JSQ's occupancy is close to a central M/M/n queue's gives this approximation: an
 * arrival finds an idle backend with the M/M/n probability 1 - C; otherwise, with k requests
 * waiting (geometric with ratio rho, as in M/M/n) spread evenly, the shortest queue holds
 * 1 + floor(k / n) and the request waits for all of them: Erlang(2 + floor(k / n), mu).
 */
export function jsqTail(n: number, lambda: number, mu: number, t: number): number {
  const rho = lambda / (n * mu);
  if (rho >= 1) return 1;
  const c = erlangC(n, lambda / mu);
  let p = (1 - c) * Math.exp(-mu * t);
  let pk = 1 - rho; // P(k waiting | all busy)
  let left = 1;
  for (let k = 0; left > 1e-12 && k < 100_000; k++) {
    p += c * pk * erlangTail(2 + Math.floor(k / n), mu, t);
    left -= pk;
    pk *= rho;
  }
  return p;
}

/**
 * Power of two choices: Mitzenmacher's supermarket model ("The power of two choices in randomized
 * load balancing", IEEE TPDS 12(10), 2001): as n grows, the share of backends holding at least i
 * requests tends to s_i = rho^(2^i - 1). An arrival samples two and joins the shorter, so it finds
 * i requests ahead with probability s_i^2 - s_{i+1}^2 and leaves after Erlang(i + 1, mu). The
 * limit is optimistic for a handful of backends; with two, both are sampled, which is JSQ.
 */
export function p2cTail(n: number, lambda: number, mu: number, t: number): number {
  if (n <= 2) return jsqTail(n, lambda, mu, t);
  const rho = lambda / (n * mu);
  if (rho >= 1) return 1;
  let p = 0;
  let si = 1;
  for (let i = 0; i < 64 && si > 1e-15; i++) {
    const sNext = Math.pow(rho, Math.pow(2, i + 1) - 1);
    p += (si * si - sNext * sNext) * erlangTail(i + 1, mu, t);
    si = sNext;
  }
  return p;
}

/** The q-quantile (0 < q < 1) of a sojourn time from its decreasing tail, by bisection, in ms. */
export function quantileOfTail(tail: (t: number) => number, q: number, scaleMs: number): number {
  const target = 1 - q;
  let hi = scaleMs;
  for (let i = 0; tail(hi) > target; i++) {
    if (i > 200) return Infinity;
    hi *= 2;
  }
  let lo = 0;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (tail(mid) > target) lo = mid;
    else hi = mid;
  }
  return hi;
}
