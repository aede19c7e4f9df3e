/**
 * The bridge between a real local ensemble and the app: a WebSocket server on 127.0.0.1 whose
 * only accepted path is the random token, streaming each server's parsed log events (tailed every
 * TAIL_MS) and status (polled every STATUS_MS), and acting on commands by the process ids of the
 * JVMs it started, through the ensemble. Every record streamed is numbered (backlog.ts); a page
 * that connects late first gets what it missed (up to EVENTS_KEPT_MAX records), and a page that
 * reconnects with the last seq it has gets only the newer ones.
 */
import { randomBytes } from 'node:crypto';
import {
  LIVE_PROTOCOL,
  type BridgeMessage,
  type LiveCommand,
  type LiveErrorCode,
  type LiveServerStatus,
} from '../../protocol/live';
import { ZkSession } from '../real/zkClient';
import { LiveBacklog, readConnectPath } from './backlog';
import { parseCommand } from './commands';
import { LogTail } from './logTail';
import { pollStatus, sids, type LiveEnsemble } from './status';
import { listenWebSocket, type WsConnection, type WsServer } from './websocket';

export const TAIL_MS = 250;
export const STATUS_MS = 1000;
/** How long a restarted server may take to start its first election (JVMs are slow on 2 cores). */
export const RESTART_TIMEOUT_MS = 120_000;
export const WRITE_TIMEOUT_MS = 15_000;

/** ZooKeeper's NODEEXISTS: the write then becomes a setData. */
const NODE_EXISTS = -110;

class CommandError extends Error {
  constructor(
    readonly code: LiveErrorCode,
    readonly detail: number | null,
  ) {
    super(code);
  }
}

export class LiveBridge {
  readonly token = randomBytes(18).toString('base64url');
  private ws: WsServer | null = null;
  private readonly clients = new Set<WsConnection>();
  private readonly tails: LogTail[];
  private readonly backlog = new LiveBacklog();
  private status: LiveServerStatus[] = [];
  private statusJson = '';
  private polling = false;
  private readonly busy = new Set<number>();
  private timers: NodeJS.Timeout[] = [];

  constructor(private readonly ensemble: LiveEnsemble) {
    this.tails = sids(ensemble).map(
      (sid) => new LogTail(sid, ensemble.logPath(sid), `server${sid}.log`),
    );
  }

  /** Listens on 127.0.0.1:`port` (0: any free port) and starts tailing and polling. */
  async listen(port: number): Promise<number> {
    this.ws = await listenWebSocket(port, (c, path) => this.accept(c, path));
    this.tail();
    await this.poll();
    this.timers.push(setInterval(() => this.tail(), TAIL_MS));
    this.timers.push(setInterval(() => void this.poll(), STATUS_MS));
    return this.ws.port;
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    for (const c of this.clients) c.close(1001);
    await this.ws?.close();
  }

  private accept(c: WsConnection, path: string): void {
    const read = readConnectPath(path, this.token);
    if (!read.ok) {
      // Accepting the socket to say why is kinder than a refused handshake, which a browser
      // reports only as a failed connection; nothing of the ensemble is sent.
      c.send(JSON.stringify({ type: 'refused', reason: read.reason } satisfies BridgeMessage));
      c.close(read.reason === 'token' ? 4401 : 4400);
      return;
    }
    this.clients.add(c);
    c.onClose(() => this.clients.delete(c));
    c.onMessage((text) => void this.command(c, text));
    this.sendTo(c, { type: 'hello', protocol: LIVE_PROTOCOL, servers: sids(this.ensemble) });
    this.sendTo(c, { type: 'status', servers: this.status });
    for (const m of this.backlog.since(read.after)) this.sendTo(c, m);
  }

  private sendTo(c: WsConnection, message: BridgeMessage): void {
    c.send(JSON.stringify(message));
  }

  private broadcast(message: BridgeMessage): void {
    const text = JSON.stringify(message);
    for (const c of this.clients) c.send(text);
  }

  /** Reads every log's new events and sends them, in (time, server) order. */
  private tail(): void {
    const fresh = this.tails.flatMap((t) => t.poll());
    if (fresh.length === 0) return;
    fresh.sort((a, b) => a.ms - b.ms || a.sid - b.sid || a.line - b.line);
    for (const m of this.backlog.push(fresh)) this.broadcast(m);
  }

  /** Polls the servers (never two polls at once) and sends the status when it changed. */
  async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      this.status = await pollStatus(this.ensemble);
      const json = JSON.stringify(this.status);
      if (json !== this.statusJson) {
        this.statusJson = json;
        this.broadcast({ type: 'status', servers: this.status });
      }
    } finally {
      this.polling = false;
    }
  }

  private async command(c: WsConnection, text: string): Promise<void> {
    const parsed = parseCommand(text, sids(this.ensemble));
    if (!parsed.ok) {
      this.sendTo(c, {
        type: 'ack',
        id: parsed.id ?? 0,
        command: null,
        ok: false,
        error: parsed.error,
        detail: parsed.sid,
      });
      return;
    }
    const command = parsed.command;
    try {
      const zxid = await this.run(command);
      this.sendTo(c, { type: 'ack', id: command.id, command: command.type, ok: true, zxid });
    } catch (e) {
      const error = e instanceof CommandError ? e : new CommandError('write.failed', null);
      this.sendTo(c, {
        type: 'ack',
        id: command.id,
        command: command.type,
        ok: false,
        error: error.code,
        detail: error.detail,
      });
    }
    this.tail();
    await this.poll();
  }

  private async run(command: LiveCommand): Promise<string | null> {
    if (command.type === 'write') return this.write(command.path, command.data);
    const sid = command.sid;
    if (this.busy.has(sid)) throw new CommandError('busy', sid);
    this.busy.add(sid);
    try {
      await this.serverCommand(command.type, sid);
      return null;
    } finally {
      this.busy.delete(sid);
    }
  }

  private async serverCommand(type: LiveCommand['type'], sid: number): Promise<void> {
    const e = this.ensemble;
    const running = e.isRunning(sid);
    if (type === 'restart') {
      // Restart is crash-and-start when the server runs, so it always ends with a fresh JVM.
      if (running) await e.crash(sid);
      return e.start(sid, RESTART_TIMEOUT_MS);
    }
    if (!running) throw new CommandError('server.not-running', sid);
    if (type === 'crash') return e.crash(sid);
    if (type === 'freeze') {
      if (e.isFrozen(sid)) throw new CommandError('server.frozen', sid);
      return e.freeze(sid);
    }
    if (!e.isFrozen(sid)) throw new CommandError('server.not-frozen', sid);
    return e.unfreeze(sid);
  }

  /** create, or setData when the znode exists, through a serving server; the zxid it got. */
  private async write(path: string, data: string): Promise<string> {
    const serving = this.status.filter((s) => s.process === 'up' && s.mode !== null);
    const target = serving.find((s) => s.mode === 'leader') ?? serving[0];
    if (target === undefined) throw new CommandError('write.no-server', null);
    let session: ZkSession;
    try {
      session = await ZkSession.open(target.clientPort, 30_000, WRITE_TIMEOUT_MS);
    } catch {
      throw new CommandError('write.failed', null);
    }
    try {
      let reply = await session.create(path, data, WRITE_TIMEOUT_MS);
      if (reply.err === NODE_EXISTS) reply = await session.setData(path, data, WRITE_TIMEOUT_MS);
      if (reply.err !== 0) throw new CommandError('write.failed', reply.err);
      return `0x${reply.zxid.toString(16)}`;
    } catch (e) {
      throw e instanceof CommandError ? e : new CommandError('write.failed', null);
    } finally {
      await session.close(WRITE_TIMEOUT_MS).catch(() => undefined);
    }
  }
}
