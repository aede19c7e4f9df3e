/**
 * Every bound of the scenario format in one place, each with its reason. Together they make any
 * accepted scenario finish in bounded time and memory: the field bounds keep each piece of setup
 * (a Zipf table, a hash ring, an injected log) small and every time a safe integer, and the event
 * budget bounds the run itself, whatever the simulated time asks for. docs/SCENARIO-EXTENSIONS.md
 * ("Bounds") is the table a reader sees; a test keeps it in step with these constants.
 */

/** The largest number of kernel events one run may process (see EVENT_BUDGET in the docs). */
export const EVENTS_MAX = 500_000;
/**
 * The most a caller outside the app may raise one run's budget to (SimulationOptions.eventsMax):
 * 60 simulated seconds of the Plan view's default offered load (5 voters, 40,000 ops/s, 90%
 * reads) take about 17 million events; 50 million is three times that, some 30 minutes of one
 * core, with memory held bounded by snapshots and purging (docs/CAPACITY.md, "A long run").
 */
export const EVENTS_LONG_MAX = 50_000_000;

/** 24 hours of simulated time: long soaks fit, and every time plus any delay stays exact. */
export const UNTIL_MS_MAX = 86_400_000;
/** Every `atMs` and every scheduled time in a file: an action after untilMs never applies. */
export const AT_MS_MAX = UNTIL_MS_MAX;

/** The whole scenario, as JSON text (files) or counted over the parsed value (imports). */
export const SCENARIO_CHARS_MAX = 16 * 1024 * 1024;

export const TITLE_CHARS_MAX = 200;
export const DESCRIPTION_CHARS_MAX = 10_000;
/** Client and backend ids: names in the trace, the report and the app's labels. */
export const ID_CHARS_MAX = 64;
/** A znode path; ZooKeeper itself limits only the whole packet (jute.maxbuffer, 1 MB). */
export const PATH_CHARS_MAX = 1024;
/** Znode data and write data: the lessons store host:port pairs and small configs. */
export const DATA_CHARS_MAX = 4096;

/** tickTime: heartbeats every tickTime / 2 stay at least 5 ms; a minute covers any deployment. */
export const TICK_TIME_MS_MIN = 10;
export const TICK_TIME_MS_MAX = 60_000;
/** initLimit and syncLimit, in ticks. */
export const LIMIT_TICKS_MAX = 1000;
/** One-way network delay, fsync time and a link's extra delay. */
export const DELAY_MS_MAX = 60_000;
/**
 * A message's send number (drop-message, delay-message): any safe integer; one that was not sent
 * yet when the action applies changes nothing and the trace says so.
 */
export const MESSAGE_ID_MAX = Number.MAX_SAFE_INTEGER;
/** ZooKeeper reads zookeeper.commitLogCount as a Java int; it is a window, so it costs nothing. */
export const COMMIT_LOG_COUNT_MAX = 2_147_483_647;
/**
 * zookeeper.snapshotSizeFactor: ZooKeeper takes any double; -1 (off, the workaround its
 * maintainers give for ZOOKEEPER-2846) to 1,000 times the snapshot covers every useful value.
 */
export const SNAPSHOT_SIZE_FACTOR_MIN = -1;
export const SNAPSHOT_SIZE_FACTOR_MAX = 1000;
/**
 * zookeeper.snapCount: ZooKeeperServer raises any value below 2 to 2 ("SnapCount should be 2 or
 * more"); ZooKeeper reads a Java int.
 */
export const SNAP_COUNT_MIN = 2;
export const SNAP_COUNT_MAX = 2_147_483_647;
/**
 * autopurge.snapRetainCount: DatadirCleanupManager raises any value below 3 to 3
 * (MIN_SNAP_RETAIN_COUNT); the simulation keeps one zxid per retained snapshot, so 1,000 is ample.
 */
export const SNAP_RETAIN_COUNT_MIN = 3;
export const SNAP_RETAIN_COUNT_MAX = 1000;
/** Epochs are the high 32 bits of a zxid; ZooKeeper has no epoch rollover. */
export { EPOCH_MAX } from '../zab/zxid';
/**
 * The transactions `ensemble.initial` materialises on the simulated disks, counted over the
 * distinct logs (servers whose lastZxid shares an epoch share one log). Every txn is a log entry
 * the checker follows and a (re)starting server replays.
 */
export const INITIAL_TXNS_MAX = 10_000;

export const CLIENTS_MAX = 50;
/** The server clamps a session timeout to at most 20 x tickTime, hence 20 x TICK_TIME_MS_MAX. */
export const SESSION_TIMEOUT_MS_MAX = 20 * TICK_TIME_MS_MAX;
/** Scenario actions; each is at least one event of the budget. */
export const ACTIONS_MAX = 100_000;
/** ZooKeeper's znode versions are Java ints; -1 means "any version". */
export const VERSION_MAX = 2_147_483_647;

/** Backends of one run: the initial ones, those add-backend creates, and the spares. */
export const BACKENDS_MAX = 32;
export const BALANCER_ACTIONS_MAX = 1000;
/** Ring points per backend: nginx places 160 per weight unit, Dynamo a few hundred tokens. */
export const VNODES_MAX = 500;
export const SERVICE_MS_MAX = 60_000;
export const SLOTS_MAX = 64;
export const QUEUE_MAX_MAX = 200;
/** HAProxy weights go to 256 and Envoy's are ratios; 1000 expresses any mix. */
export const WEIGHT_MAX = 1000;
/** One request is one event of the budget; below the minimum, one request per 1000 s. */
export const RATE_PER_SEC_MIN = 0.001;
export const RATE_PER_SEC_MAX = 100_000;
/** Burst and slow-backend factors. */
export const FACTOR_MIN = 0.001;
export const FACTOR_MAX = 1000;
/** The Zipf table holds one number per key (8 bytes). */
export const KEYS_COUNT_MAX = 1_000_000;
/** At s = 10 the second key gets 1/1024 of the first one's traffic; more changes nothing visible. */
export const ZIPF_S_MAX = 10;
