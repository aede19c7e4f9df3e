/**
 * A minimal ZooKeeper client speaking the wire protocol (jute records, each frame prefixed by its
 * length): open a session, create, setData, closeSession. It starts no JVM, so a write costs
 * milliseconds instead of a zkCli.sh start, and each reply header gives the zxid the write got.
 * One request at a time; no watches, no reconnect (a write step fails instead).
 */
import { connect, type Socket } from 'node:net';

const OP_CREATE = 1;
const OP_SET_DATA = 5;
const OP_CLOSE_SESSION = -11;
/** ZooDefs.Perms.ALL with the scheme "world", id "anyone": OPEN_ACL_UNSAFE. */
const PERMS_ALL = 31;

export interface Reply {
  zxid: bigint;
  /** KeeperException code: 0 is OK. */
  err: number;
}

class Writer {
  private parts: Buffer[] = [];
  int(v: number): this {
    const b = Buffer.alloc(4);
    b.writeInt32BE(v);
    this.parts.push(b);
    return this;
  }
  long(v: bigint): this {
    const b = Buffer.alloc(8);
    b.writeBigInt64BE(v);
    this.parts.push(b);
    return this;
  }
  bool(v: boolean): this {
    this.parts.push(Buffer.from([v ? 1 : 0]));
    return this;
  }
  buffer(b: Buffer): this {
    this.int(b.length);
    this.parts.push(b);
    return this;
  }
  string(s: string): this {
    return this.buffer(Buffer.from(s, 'utf8'));
  }
  bytes(): Buffer {
    return Buffer.concat(this.parts);
  }
}

/** A frame: a 4-byte length, then the records. */
function frame(...records: Buffer[]): Buffer {
  const body = Buffer.concat(records);
  const len = Buffer.alloc(4);
  len.writeInt32BE(body.length);
  return Buffer.concat([len, body]);
}

/** ConnectRequest for a new session. */
export function connectRequestFrame(sessionTimeoutMs: number): Buffer {
  return frame(
    new Writer()
      .int(0) // protocolVersion
      .long(0n) // lastZxidSeen
      .int(sessionTimeoutMs)
      .long(0n) // sessionId: a new session
      .buffer(Buffer.alloc(16)) // passwd
      .bool(false) // readOnly
      .bytes(),
  );
}

/**
 * Sends a ConnectRequest and returns the socket without waiting for the answer: the server
 * submits a createSession transaction, which is what the uncommitted-session step needs.
 */
export function requestSessionOnly(port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`could not connect to port ${port} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    socket.on('connect', () => {
      clearTimeout(timer);
      socket.write(connectRequestFrame(30_000), () => resolve(socket));
    });
  });
}

export class ZkSession {
  private pending = new Map<number, (reply: Reply) => void>();
  private xid = 1;
  private failure: Error | null = null;
  private onFailure: ((e: Error) => void)[] = [];

  private constructor(
    private readonly socket: Socket,
    readonly sessionId: bigint,
  ) {}

  /** Connects and waits for the session; rejects if the server refuses or says nothing. */
  static open(port: number, sessionTimeoutMs: number, timeoutMs: number): Promise<ZkSession> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port });
      let session: ZkSession | null = null;
      let inbox = Buffer.alloc(0);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`no session from port ${port} within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.on('connect', () => socket.write(connectRequestFrame(sessionTimeoutMs)));
      socket.on('data', (chunk) => {
        inbox = Buffer.concat([inbox, chunk]);
        while (inbox.length >= 4 && inbox.length >= 4 + inbox.readInt32BE(0)) {
          const record = inbox.subarray(4, 4 + inbox.readInt32BE(0));
          inbox = inbox.subarray(4 + record.length);
          if (session === null) {
            clearTimeout(timer);
            // ConnectResponse: protocolVersion, timeOut, sessionId, passwd[, readOnly].
            const negotiated = record.readInt32BE(4);
            const id = record.readBigInt64BE(8);
            if (negotiated <= 0 || id === 0n) {
              socket.destroy();
              return reject(new Error(`port ${port} refused the session (expired or closing)`));
            }
            session = new ZkSession(socket, id);
            resolve(session);
          } else session.receive(record);
        }
      });
      socket.on('error', (e) => {
        clearTimeout(timer);
        if (session) session.fail(e);
        else reject(e);
      });
      socket.on('close', () => {
        clearTimeout(timer);
        if (session) session.fail(new Error(`port ${port} closed the connection`));
        else reject(new Error(`port ${port} closed the connection before a session`));
      });
    });
  }

  create(path: string, data: string, timeoutMs: number): Promise<Reply> {
    const body = new Writer()
      .string(path)
      .buffer(Buffer.from(data))
      .int(1) // one ACL
      .int(PERMS_ALL)
      .string('world')
      .string('anyone')
      .int(0); // flags: PERSISTENT
    return this.request(OP_CREATE, body, timeoutMs);
  }

  setData(path: string, data: string, timeoutMs: number): Promise<Reply> {
    const body = new Writer().string(path).buffer(Buffer.from(data)).int(-1);
    return this.request(OP_SET_DATA, body, timeoutMs);
  }

  close(timeoutMs: number): Promise<Reply> {
    return this.request(OP_CLOSE_SESSION, new Writer(), timeoutMs).finally(() => this.destroy());
  }

  destroy(): void {
    this.socket.destroy();
  }

  private request(type: number, body: Writer, timeoutMs: number): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    const xid = this.xid++;
    const packet = frame(new Writer().int(xid).int(type).bytes(), body.bytes());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(xid);
        reject(new Error(`request ${type} got no reply within ${timeoutMs} ms`));
      }, timeoutMs);
      const failed = (e: Error) => {
        clearTimeout(timer);
        reject(e);
      };
      this.onFailure.push(failed);
      this.pending.set(xid, (reply) => {
        clearTimeout(timer);
        this.onFailure = this.onFailure.filter((f) => f !== failed);
        resolve(reply);
      });
      this.socket.write(packet);
    });
  }

  private receive(record: Buffer): void {
    const xid = record.readInt32BE(0);
    const reply = { zxid: record.readBigInt64BE(4), err: record.readInt32BE(12) };
    const done = this.pending.get(xid);
    if (done) {
      this.pending.delete(xid);
      done(reply);
    }
    // Other xids are pings (-2) and watch events (-1): this client asks for neither.
  }

  private fail(e: Error): void {
    if (this.failure) return;
    this.failure = e;
    for (const f of this.onFailure) f(e);
    this.onFailure = [];
  }
}
