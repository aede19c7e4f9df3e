/** 客户端、会话层和实验室的跟踪行以及客户端与负载均衡操作的事件日志语句（由代码渲染）。 */
import type { traceLinesEn } from './traceLines.en';

export const traceLinesZh: Record<keyof typeof traceLinesEn, string> = {
  'ex.client.connected': '客户端 {client} 连接到 {server}：会话 {session}，协商超时 {time}。',
  'ex.client.disconnected': '客户端 {client} 的连接断开：{cause}。它会尝试另一台服务器。',
  'ex.client.expired': '客户端 {client} 得知它的会话 {session} 已过期：{cause}。',
  'ex.client.crashed':
    '客户端 {client} 的进程崩溃；它的会话 {session} 会一直保留，直到 leader 让它过期。',
  'ex.client.crashedNoSession': '客户端 {client} 的进程在建立会话之前崩溃。',
  'why.client.connectTimeout': '{server} 未在连接超时内应答',
  'why.client.readTimeout': '它在会话超时的 2/3（{time}）内没有收到任何消息',
  'why.client.closedByServer': '{server} 关闭了连接',
  'why.client.localExpiry': '在会话超时的 4/3 内没有任何服务器应答',
  'why.client.sessionInvalid': '{server} 表示该会话已失效',
  'ex.client.unknownServer': '某台服务器',
  'ex.session.refused':
    'S{sid} 拒绝为客户端 C{client} 建立会话：客户端见过的 zxid {seen} 比 S{sid} 的最新 zxid {last} 更新，它必须换一台服务器。',
  'ex.session.established': 'S{sid} 为客户端 C{client} 建立会话 {session}，协商超时为 {time}。',
  'ex.session.revalidated':
    'S{sid} 重新验证了客户端 C{client} 的会话 {session}：leader 仍在跟踪它。',
  'ex.session.invalid': 'S{sid} 告诉客户端 C{client}：会话 {session} 已失效（可能已过期）。',
  'ex.session.expire':
    'leader S{sid} 让会话 {session} 过期：在 {time} 的超时内没有心跳。它的临时节点随之删除。',
  'ex.session.expireNoTimeout': 'leader S{sid} 让会话 {session} 过期。它的临时节点随之删除。',
  'ex.lb.added':
    '负载均衡器的视图加入了 {backend}（现在为 {view}）。需要迁移的键：hash-mod {hashMod}，consistent-hash {ring}。',
  'ex.lb.removed':
    '负载均衡器的视图移除了 {backend}（现在为 {view}）。需要迁移的键：hash-mod {hashMod}，consistent-hash {ring}。',
  'ex.lb.emptyView': '空',
  'ex.lb.unknownShare': '未测量',
  'ex.lb.traffic': '负载均衡器开始发送流量：每秒 {rate} 个请求。',
  'ex.action.clientCrash': '客户端 {client} 的进程崩溃。',
  'ex.action.clientRestart': '客户端 {client} 重启：新的进程，因此是新的会话。',
  'ex.action.clientHeal': '客户端 {client} 重新能够连到所有服务器。',
  'ex.action.clientFreeze':
    '客户端 {client} 冻结，如同一次很长的垃圾回收停顿：它的计时器和收到的消息都在等待。',
  'ex.action.clientUnfreeze': '客户端 {client} 恢复运行：等待的一切现在按顺序执行。',
  'ex.action.clientPartition': '客户端 {client} 与 {servers} 断开。',
  'ex.action.clientPartitionAll': '客户端 {client} 与所有服务器断开。',
  'ex.action.clientNoop': '{action} {client}：无需操作。',
  'ex.action.delay': '现在每条消息在网络上需要 {min}–{max} ms。',
  'ex.action.delayLink': '从 S{from} 到 S{to} 的消息现在多花 {extra} ms。',
  'ex.action.killBackend': '后端 {backend} 的进程终止；它的 znode 会保留到会话过期。',
  'ex.action.restartBackend': '后端 {backend} 重启：新的进程、新的会话，并重新注册。',
  'ex.action.slowBackend': '后端 {backend} 变慢：从现在开始的服务耗时变为 {factor} 倍。',
  'ex.action.addBackend': '后端 {backend} 启动并注册自己。',
  'ex.action.removeBackend':
    '后端 {backend} 关闭会话（它的 znode 立即删除），处理完手上的请求，不再接收新的请求。',
  'ex.action.backendNoop': '{action} {backend}：无需操作。',
};
