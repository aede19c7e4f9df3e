/**
 * English for the refusals, for the CLI (the app renders the same codes through its i18n layer).
 * One line each, naming the file and what is wrong with it.
 */
import type { LogError } from './kinds';

function mib(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}

export function describeLogError(e: LogError): string {
  const file = e.file ?? '';
  switch (e.code) {
    case 'file.missing':
      return `${file}: no such file`;
    case 'file.unreadable':
      return `${file}: cannot be read (${e.reason ?? 'unknown reason'})`;
    case 'file.empty':
      return `${file}: the file is empty, not a ZooKeeper log`;
    case 'file.binary':
      return `${file}: binary data (compressed or not text), not a ZooKeeper log`;
    case 'file.too-large':
      return `${file}: larger than ${mib(e.limit ?? 0)}; cut it to the time you need (e.g. with sed -n '/first time/,/last time/p')`;
    case 'file.not-zookeeper':
      if (e.reason === 'no-zookeeper-line')
        return `${file}: not a ZooKeeper log: its lines are in a log4j layout but none is ZooKeeper's (no ZooKeeper class, no [myid:N], no QuorumPeer thread)`;
      return `${file}: not a ZooKeeper log: no line in a ZooKeeper log4j/logback layout (e.g. "2026-12-03 18:26:14,955 [myid:3] - INFO  [QuorumPeer[myid=3]:Leader@588] - ...")`;
    case 'file.sid-unknown':
      return `${file}: cannot tell which server wrote it (no myid, "My id = N" or QuorumPeer[myid=N] in it, no single number in its name); say it with --sid ${file}=N`;
    case 'file.sid-conflict':
      return `${file}: names more than one server id (${(e.evidence ?? []).join('; ')}); say which with --sid ${file}=N`;
    case 'input.no-files':
      return 'no log files given (usage: logs FILE...)';
    case 'input.too-many-files':
      return `more than ${e.limit ?? 0} files given`;
  }
}
