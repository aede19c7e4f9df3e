// Proves what the per-file step accepts and refuses: files that are not ZooKeeper logs (a syslog,
// JSON, a Kafka log, a Hadoop log in a look-alike layout, empty, blank, binary, too large) are
// refused with one code each; the server id comes from the content, falls back to a single
// number in the file name, and two ids in one file are a conflict; unknown lines are kept and
// counted, never fatal.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOG_FILE_BYTES_MAX, parseLogFile, UNKNOWN_KEPT_MAX, type ParsedLog } from './parseLogFile';
import { decideSid, sidFromFileName } from './serverId';

const FOREIGN = new URL('../../fixtures/zookeeper-logs/foreign/', import.meta.url);
const REAL = new URL('../../fixtures/real-zookeeper/logs/cold-start-3/', import.meta.url);
const foreign = (name: string) => readFileSync(new URL(name, FOREIGN), 'latin1');
const real = (name: string) => readFileSync(new URL(name, REAL), 'utf8');

const LINE = (msg: string, thread = 'QuorumPeer[myid=2](plain=127.0.0.1:1)(secure=disabled)') =>
  `2026-12-03 18:26:14,955 - INFO  [${thread}:QuorumPeer@1] - ${msg}`;

function ok(name: string, text: string, sid?: number): ParsedLog {
  const r = parseLogFile(name, text, sid === undefined ? {} : { sid });
  if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
  return r.log;
}

describe('refusals', () => {
  it.each([
    ['syslog.log', 'file.not-zookeeper'],
    ['events.json', 'file.not-zookeeper'],
    ['kafka-server.log', 'file.not-zookeeper'],
    ['hadoop-namenode.log', 'file.not-zookeeper'],
    ['empty.log', 'file.empty'],
    ['blank.log', 'file.empty'],
    ['zookeeper.log.gz', 'file.binary'],
  ])('%s is refused as %s', (name, code) => {
    const r = parseLogFile(name, foreign(name));
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code, file: name }) });
  });

  it('tells a file with no line in the layout from one with lines of another program', () => {
    const none = parseLogFile('syslog.log', foreign('syslog.log'));
    const other = parseLogFile('hadoop-namenode.log', foreign('hadoop-namenode.log'));
    expect(none.ok ? null : none.error.reason).toBe('no-layout');
    expect(other.ok ? null : other.error.reason).toBe('no-zookeeper-line');
  });

  it('refuses text with NUL bytes or mostly undecodable characters', () => {
    expect(parseLogFile('a.log', `${LINE('LOOKING')}\n\u0000\u0001`)).toMatchObject({
      error: { code: 'file.binary' },
    });
    expect(parseLogFile('b.log', `${LINE('LOOKING')}\n${'\uFFFD'.repeat(200)}`)).toMatchObject({
      error: { code: 'file.binary' },
    });
  });

  it(`refuses more than ${LOG_FILE_BYTES_MAX} characters without reading them`, () => {
    const big = 'x'.repeat(LOG_FILE_BYTES_MAX + 1);
    expect(parseLogFile('big.log', big)).toEqual({
      ok: false,
      error: { code: 'file.too-large', file: 'big.log', limit: LOG_FILE_BYTES_MAX },
    });
  });
});

describe('server ids', () => {
  it.each([
    ['server3.log', 3],
    ['zoo3.log', 3],
    ['zk3.log', 3],
    ['zk-3.log.1', 3],
    ['logs/zookeeper-2.out', 2],
    ['node_5.log.2026-12-03', 5],
    ['zookeeper.log', null],
    ['zookeeper.log.1', null],
    ['zk-a.log', null],
    ['zookeeper-3.4.14.log', null],
    ['host2-zk1.log', null],
    ['zk1000.log', null],
  ])('the file name %s gives %s', (name, sid) => {
    expect(sidFromFileName(name)).toBe(sid);
  });

  it('takes the content over a file name without a number', () => {
    const log = ok('zookeeper.log', real('server2.log'));
    expect([log.sid, log.sidSource]).toEqual([2, 'Starting quorum peer']);
  });

  it('takes the content over a file name that says otherwise, and notes the difference', () => {
    const log = ok('server1.log', real('server2.log'));
    expect([log.sid, log.nameSid]).toEqual([2, 1]);
  });

  it('falls back to the file name when the content names nobody', () => {
    expect(ok('zk3.log', LINE('LOOKING', 'main'))).toMatchObject({
      sid: 3,
      sidSource: 'file name',
    });
  });

  it('refuses a file whose writer cannot be told', () => {
    expect(parseLogFile('zookeeper.log', LINE('LOOKING', 'main'))).toEqual({
      ok: false,
      error: { code: 'file.sid-unknown', file: 'zookeeper.log' },
    });
  });

  it('refuses a file that names two servers, with the evidence', () => {
    const text = [real('server1.log'), real('server2.log')].join('');
    const r = parseLogFile('merged.log', text);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'file.sid-conflict', file: 'merged.log' },
    });
    expect(r.ok ? [] : r.error.evidence).toEqual([
      expect.stringMatching(/^Starting quorum peer: 1 \(line \d+\)$/),
      expect.stringMatching(/^Starting quorum peer: 2 \(line \d+\)$/),
    ]);
  });

  it('lets an explicit id settle it', () => {
    expect(ok('merged.log', real('server1.log') + real('server2.log'), 7).sid).toBe(7);
    expect(decideSid('zk-a.log', [], 4)).toEqual({
      ok: true,
      sid: 4,
      source: 'explicit',
      nameDisagrees: null,
    });
  });

  it.each([
    ['the MDC', '2026-12-03 18:26:14,955 [myid:4] - INFO  [main:QuorumPeer@1] - LOOKING'],
    ['a thread name', LINE('LOOKING', 'WorkerReceiver[myid=4]')],
    ['New election', LINE('New election. My id = 4, proposed zxid=0x0', 'main')],
    [
      'the election port',
      LINE('4 is accepting connections now, my election bind port: /127.0.0.1:3888', 'main'),
    ],
    [
      'a 3.4 dropped connection',
      LINE('Have smaller server identifier, so dropping the connection: (5, 4)', 'main'),
    ],
    [
      'a 3.8 dropped connection',
      LINE(
        'Have smaller server identifier, so dropping the connection: (myId:4 --> sid:5)',
        'main',
      ),
    ],
    ['a broken connection', LINE('Connection broken for id 1, my id = 4', 'RecvWorker:1')],
    [
      'the 3.4 ProcessThread',
      LINE('PrepRequestProcessor exited loop!', 'ProcessThread(sid:4 cport:-1):'),
    ],
  ])('reads the id from %s', (_name, line) => {
    expect(ok('zookeeper.log', line).sid).toBe(4);
  });
});

describe('unknown lines and layout details', () => {
  it('keeps and counts unknown lines, lines before the first record, and continuation lines', () => {
    const text = [
      'JMX enabled by default',
      'Using config: /conf/zoo.cfg',
      LINE('autopurge.snapRetainCount set to 3'),
      LINE('LOOKING'),
      '2026-12-03 18:26:15,000 - WARN  [QuorumPeer[myid=2]:Follower@1] - Exception when following the leader',
      'java.io.EOFException',
      '\tat java.io.DataInputStream.readInt(DataInputStream.java:392)',
      '',
    ].join('\r\n');
    const log = ok('zookeeper.log', `\uFEFF${text}`);
    expect(log.events.map((e) => [e.code, e.line])).toEqual([
      ['state', 4],
      ['connection.error', 5],
    ]);
    expect(log.unknown).toEqual([
      {
        line: 3,
        at: '2026-12-03T18:26:14.955',
        level: 'INFO',
        className: 'QuorumPeer',
        message: 'autopurge.snapRetainCount set to 3',
      },
    ]);
    expect([log.unknownCount, log.strayLines, log.continuationLines, log.totalLines]).toEqual([
      1, 2, 2, 7,
    ]);
    expect(log.layout).toBe('no-mdc');
  });

  it(`keeps the text of at most ${UNKNOWN_KEPT_MAX} unknown lines but counts them all`, () => {
    const lines = Array.from({ length: UNKNOWN_KEPT_MAX + 5 }, (_, i) => LINE(`noise ${i}`));
    const log = ok('zk2.log', lines.join('\n'));
    expect([log.unknown.length, log.unknownCount]).toEqual([
      UNKNOWN_KEPT_MAX,
      UNKNOWN_KEPT_MAX + 5,
    ]);
  });
});
