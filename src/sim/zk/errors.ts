/**
 * ZooKeeper's result codes (org.apache.zookeeper.KeeperException.Code), named as the report and
 * the client results print them: the enum constant in CamelCase ("NONODE" is "NoNode"). The
 * numbers are the wire values of ReplyHeader.err and ErrorTxn.err, kept so that a learner can
 * match a code against a real server's log ("KeeperErrorCode = NoNode", err -101).
 */

export type ZkCode =
  | 'OK'
  // System and server-side errors (never caused by the request's content).
  | 'SystemError'
  | 'RuntimeInconsistency'
  | 'DataInconsistency'
  | 'ConnectionLoss'
  | 'MarshallingError'
  | 'Unimplemented'
  | 'OperationTimeout'
  | 'BadArguments'
  | 'UnknownSession'
  | 'NewConfigNoQuorum'
  | 'ReconfigInProgress'
  // API errors: the request was well formed but cannot be done.
  | 'APIError'
  | 'NoNode'
  | 'NoAuth'
  | 'BadVersion'
  | 'NoChildrenForEphemerals'
  | 'NodeExists'
  | 'NotEmpty'
  | 'SessionExpired'
  | 'InvalidCallback'
  | 'InvalidACL'
  | 'AuthFailed'
  | 'SessionMoved'
  | 'NotReadOnly'
  | 'EphemeralOnLocalSession'
  | 'NoWatcher'
  | 'RequestTimeout'
  | 'ReconfigDisabled'
  | 'QuotaExceeded'
  | 'Throttled';

/** KeeperException.Code.intValue() for every code. */
export const ZK_CODE_NUMBER: Readonly<Record<ZkCode, number>> = Object.freeze({
  OK: 0,
  SystemError: -1,
  RuntimeInconsistency: -2,
  DataInconsistency: -3,
  ConnectionLoss: -4,
  MarshallingError: -5,
  Unimplemented: -6,
  OperationTimeout: -7,
  BadArguments: -8,
  UnknownSession: -12,
  NewConfigNoQuorum: -13,
  ReconfigInProgress: -14,
  APIError: -100,
  NoNode: -101,
  NoAuth: -102,
  BadVersion: -103,
  NoChildrenForEphemerals: -108,
  NodeExists: -110,
  NotEmpty: -111,
  SessionExpired: -112,
  InvalidCallback: -113,
  InvalidACL: -114,
  AuthFailed: -115,
  SessionMoved: -118,
  NotReadOnly: -119,
  EphemeralOnLocalSession: -120,
  NoWatcher: -121,
  RequestTimeout: -122,
  ReconfigDisabled: -123,
  QuotaExceeded: -125,
  Throttled: -127,
});

export function isZkCode(text: string): text is ZkCode {
  return Object.prototype.hasOwnProperty.call(ZK_CODE_NUMBER, text);
}

/** The code with a given wire value, or null for a number ZooKeeper does not define. */
export function zkCodeOf(value: number): ZkCode | null {
  for (const [name, n] of Object.entries(ZK_CODE_NUMBER)) if (n === value) return name as ZkCode;
  return null;
}
