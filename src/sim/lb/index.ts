/**
 * The load-balancing lab's pure part: strategies, the traffic generator, key movement and
 * metrics. The engine that wires them to backends and to ZooKeeper membership imports from here.
 */
export * from './types';
export { crc32, crc32Key, hex32, mix32 } from './crc32';
export * from './strategies/index';
export { KEY_SAMPLE_MAX, keySample, keysMovedFraction } from './keyspace';
export * from './traffic';
export * from './metrics';
export * from './pickReasons';
