/** Chapter 6: sessions, ephemeral znodes and watches, on service discovery (ZAB.md §8 scenario 14). */
import type { Lesson } from '../lesson';
import { presetScenario } from './presetScenario';

export const sessions: Lesson = {
  id: 'sessions',
  chapter: 6,
  title: { en: 'Sessions, ephemeral znodes and watches', zh: '会话、临时节点与 watch' },
  scenario: presetScenario('session-expiry-discovery'),
  steps: [
    {
      target: { match: { k: 'log', kind: 'clientConnected' } },
      text: {
        en: 'Clients are drawn below the ring. A client connects to one server and opens a session with a timeout T, here 6 s. The leader logs the new session as a txn, so every server knows it.',
        zh: '客户端画在环的下方。客户端连接到一台服务器并打开一个会话，超时时间为 T，这里是 6 秒。leader 把新会话作为一个 txn 记录下来，所以每台服务器都知道它。',
      },
      highlight: { leader: true },
    },
    {
      target: { match: { k: 'log', kind: 'propose', params: { path: '/svc/api/a' } } },
      text: {
        en: "Client a creates /svc/api/a as an EPHEMERAL znode: it lives only as long as a's session. Client b lists /svc/api with a watch.",
        zh: '客户端 a 把 /svc/api/a 创建为临时（EPHEMERAL）znode：它只在 a 的会话存在期间存在。客户端 b 带 watch 列出 /svc/api 的子节点。',
      },
      highlight: { leader: true },
    },
    {
      target: { same: true },
      text: {
        en: 'Your turn. Select client a below the ring and press Freeze (GC pause). Then press Play and watch the session tracker count down. When nobody hears from a for T = 6 s, the leader expires its session, /svc/api/a goes, and b is told. Come back to the story afterwards.',
        zh: '轮到你了。在环的下方选中客户端 a，点“冻结（GC 停顿）”。然后按“播放”，观察会话跟踪器的倒计时。T = 6 秒内没有人收到 a 的消息，leader 就让它的会话过期，/svc/api/a 随之消失，b 也会收到通知。之后再回到故事。',
      },
      task: {
        kind: 'expireSession',
        prompt: {
          en: 'Freeze client a past its session timeout and watch its ephemeral znode vanish.',
          zh: '冻结客户端 a，超过它的会话超时，看它的临时 znode 消失。',
        },
      },
    },
    {
      target: { match: { k: 'action', do: 'client-partition' } },
      text: {
        en: 'At 10 s client a is cut off from every server. Its process still runs, but no ping gets through, and nothing closes its connection.',
        zh: '在第 10 秒，客户端 a 与所有服务器断开。它的进程仍在运行，但没有 ping 能送达，也没有任何东西关闭它的连接。',
      },
      question: {
        kind: 'choice',
        prompt: {
          en: 'How will client a find out?',
          zh: '客户端 a 会如何发现？',
        },
        options: [
          {
            value: 'connectionClosed',
            label: { en: 'At once: the connection closes', zh: '立即：连接关闭' },
          },
          {
            value: 'readTimeout',
            label: { en: 'After a while without an answer', zh: '一段时间收不到回复之后' },
          },
        ],
        answer: { from: 'param', name: 'cause.code' },
        explain: {
          en: 'The client hears nothing, but no socket closes. It gives up on its server after 2T/3 = 4 s of silence (a read timeout) and goes Disconnected. Its session is not over yet.',
          zh: '客户端什么也收不到，但没有套接字关闭。沉默 2T/3 = 4 秒后，它放弃这台服务器（读超时），进入 Disconnected 状态。它的会话还没有结束。',
        },
      },
    },
    {
      target: { match: { k: 'log', kind: 'clientDisconnected' } },
      text: {
        en: 'Client a is Disconnected. Its session still lives, so /svc/api/a is still there, and b still lists it.',
        zh: '客户端 a 处于 Disconnected 状态。它的会话仍然存在，所以 /svc/api/a 仍在，b 列出的仍包括它。',
      },
      question: {
        kind: 'server',
        prompt: {
          en: 'Client a was connected to server 2. Which server will expire its session?',
          zh: '客户端 a 原来连接的是服务器 2。哪台服务器会让它的会话过期？',
        },
        answer: { from: 'param', name: 'sid' },
        explain: {
          en: 'Only the leader expires sessions. Followers pass every ping on to the leader, which expires a session at the first tick after T = 6 s without one.',
          zh: '只有 leader 会让会话过期。follower 把每个 ping 转交给 leader；leader 在 T = 6 秒内没有收到 ping 后的第一个 tick 让会话过期。',
        },
      },
    },
    {
      target: { match: { k: 'log', kind: 'expire' } },
      text: {
        en: "The leader expires the session and proposes a closeSession txn. When it commits, every server deletes the session's ephemeral znodes.",
        zh: 'leader 让会话过期，并提出一个 closeSession txn。它提交后，每台服务器都删除这个会话的临时 znode。',
      },
      highlight: { leader: true },
    },
    {
      target: { match: { k: 'deliver', message: 'ZK_WATCH', to: 101 }, notBeforeMs: 10000 },
      text: {
        en: 'Client b gets one NodeChildrenChanged and lists /svc/api again: a is gone. A watch fires once; b sets a new one with that list.',
        zh: '客户端 b 收到一次 NodeChildrenChanged，再次列出 /svc/api：a 不见了。watch 只触发一次；b 在这次列出时设置了新的 watch。',
      },
    },
    {
      target: { match: { k: 'log', kind: 'clientExpired' } },
      text: {
        en: 'Client a itself declares Expired only 4T/3 = 8 s after it last heard from a server. A session belongs to the ensemble, not to the client.',
        zh: '客户端 a 自己直到最后一次收到服务器消息后 4T/3 = 8 秒，才宣布 Expired。会话属于整个集群，而不属于客户端。',
      },
    },
  ],
};
