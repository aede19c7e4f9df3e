/**
 * English strings of a long run's bounded memory: the periodic snapshot (snapCount) that lets a
 * server purge its old txn-log files. Spread into `en`.
 */
export const memoryEn = {
  'snapCause.snapCount': 'taken after snapCount / 2 plus a random roll of logged txns',
};
