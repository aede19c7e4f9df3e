// Proves that one record reader takes every layout ZooKeeper's logs come in (Debian's log4j
// layout without the myid MDC, ZooKeeper's own log4j/logback layout with it, and the variations
// of the field) and refuses lines that only look like timestamps.
import { describe, expect, it } from 'vitest';
import { parseRecordLine } from './layout';

describe('parseRecordLine', () => {
  it("reads Debian's log4j layout: no MDC, thread with brackets, class and line", () => {
    const r = parseRecordLine(
      '2026-12-03 18:26:14,955 - INFO  [QuorumPeer[myid=3](plain=127.0.0.1:34823)(secure=disabled):Leader@588] - LEADING - LEADER ELECTION TOOK - 2254 MS',
      7,
    );
    expect(r).toEqual({
      line: 7,
      at: '2026-12-03T18:26:14.955',
      ms: Date.UTC(2026, 11, 3, 18, 26, 14, 955),
      myid: undefined,
      level: 'INFO',
      thread: 'QuorumPeer[myid=3](plain=127.0.0.1:34823)(secure=disabled)',
      className: 'Leader',
      message: 'LEADING - LEADER ELECTION TOOK - 2254 MS',
      exception: null,
    });
  });

  it("reads ZooKeeper's own layout with the myid MDC, empty before the id is known", () => {
    const with3 = parseRecordLine(
      '2019-03-20 10:00:00,072 [myid:3] - INFO  [WorkerReceiver[myid=3]:FastLeaderElection@595] - Notification: x',
      1,
    );
    expect(with3).toMatchObject({
      myid: 3,
      thread: 'WorkerReceiver[myid=3]',
      className: 'FastLeaderElection',
    });
    const empty = parseRecordLine(
      '2019-03-20 10:00:00,000 [myid:] - INFO  [main:QuorumPeerConfig@136] - Reading configuration from: /x',
      1,
    );
    expect(empty?.myid).toBeNull();
  });

  it('keeps inner classes and threads with colons', () => {
    const r = parseRecordLine(
      '2019-03-20 10:00:00,050 [myid:1] - INFO  [NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxn@1056] - Closed socket',
      1,
    );
    expect(r).toMatchObject({
      thread: 'NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181',
      className: 'NIOServerCnxn',
    });
    const inner = parseRecordLine(
      '2026-12-03 18:26:14,592 - INFO  [WorkerReceiver[myid=3]:FastLeaderElection$Messenger$WorkerReceiver@391] - Notification: x',
      1,
    );
    expect(inner?.className).toBe('FastLeaderElection$Messenger$WorkerReceiver');
  });

  it.each([
    [
      'dot millis and a T',
      '2026-12-03T18:26:14.955 [myid:2] - WARN  [main:Learner@1] - m',
      '2026-12-03T18:26:14.955',
    ],
    ['no millis', '2026-12-03 18:26:14 - INFO  [main:Learner@1] - m', '2026-12-03T18:26:14.000'],
    [
      'microseconds',
      '2026-12-03 18:26:14,955123 - INFO  [main:Learner@1] - m',
      '2026-12-03T18:26:14.955',
    ],
    [
      'a zone',
      '2026-12-03 18:26:14,955+0100 - INFO  [main:Learner@1] - m',
      '2026-12-03T18:26:14.955+01:00',
    ],
    ['UTC', '2026-12-03 18:26:14,955Z - INFO  [main:Learner@1] - m', '2026-12-03T18:26:14.955Z'],
  ])('accepts %s', (_name, line, at) => {
    expect(parseRecordLine(line, 1)?.at).toBe(at);
  });

  it('applies a zone offset to the ms', () => {
    const plus = parseRecordLine('2026-12-03 18:26:14,955+01:00 - INFO  [main:X@1] - m', 1)!;
    const utc = parseRecordLine('2026-12-03 17:26:14,955Z - INFO  [main:X@1] - m', 1)!;
    expect(plus.ms).toBe(utc.ms);
  });

  it('takes a bracket without location, log4j without location info, and a TRACEFILE NDC', () => {
    expect(parseRecordLine('2026-12-03 18:26:14,955 - INFO  [main] - LOOKING', 1)).toMatchObject({
      thread: 'main',
      className: null,
      message: 'LOOKING',
    });
    expect(
      parseRecordLine('2026-12-03 18:26:14,955 - INFO  [main:?@?] - LOOKING', 1),
    ).toMatchObject({
      thread: 'main',
      className: null,
    });
    expect(
      parseRecordLine(
        '2026-12-03 18:26:14,955 [myid:1] - INFO  [main:QuorumPeer@9][] - LOOKING',
        1,
      ),
    ).toMatchObject({
      thread: 'main',
      className: 'QuorumPeer',
      message: 'LOOKING',
    });
  });

  it.each([
    ['an impossible date', '2026-02-31 18:26:14,955 - INFO  [main:X@1] - m'],
    ['an impossible hour', '2026-12-03 25:26:14,955 - INFO  [main:X@1] - m'],
    ['no level', '2026-12-03 18:26:14,955 - [main:X@1] - m'],
    ['a stack frame', '\tat java.net.PlainSocketImpl.socketConnect(Native Method)'],
    ['syslog', 'Dec  3 18:26:11 zk1 systemd[1]: Started zookeeper.service.'],
    ['Kafka', '[2026-12-03 18:26:11,700] INFO Registered (kafka.utils.X)'],
  ])('refuses %s', (_name, line) => {
    expect(parseRecordLine(line, 1)).toBeNull();
  });
});
