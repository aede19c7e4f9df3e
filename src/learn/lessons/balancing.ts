/**
 * Chapter 8: how a load balancer learns the membership it balances over (recipe-discovery, on the
 * ensemble view), how long a dead backend stays listed, then the strategies themselves on the
 * load-balancing lab (steps with `lab`): identical traffic, the black-hole effect of a dead
 * backend that refuses at once, and how few keys consistent hashing moves when a member leaves.
 */
import type { LabScene, Lesson } from '../lesson';
import { presetScenario } from './presetScenario';

/** The simulation numbers clients from 100 in their order in the scenario: lb is the fourth. */
const LB = 103;

/** The lab's run for the last steps: three strategies on the lab's default traffic and pool. */
const LAB: LabScene = { strategies: ['round-robin', 'least-connections', 'consistent-hash'] };

export const balancing: Lesson = {
  id: 'balancing',
  chapter: 8,
  title: { en: 'Load balancing on ZooKeeper membership', zh: '基于 ZooKeeper 成员关系的负载均衡' },
  scenario: presetScenario('recipe-discovery'),
  steps: [
    {
      target: { match: { k: 'log', kind: 'clientConnected', params: { client: 'lb' } } },
      text: {
        en: 'Instances i1, i2 and i3 register EPHEMERAL znodes under /services/api. The balancer lb is a ZooKeeper client too: it lists /services/api with a watch and sends traffic to the members it sees.',
        zh: '实例 i1、i2 和 i3 在 /services/api 下注册临时（EPHEMERAL）znode。负载均衡器 lb 也是 ZooKeeper 客户端：它带 watch 列出 /services/api，并把流量发给它看到的成员。',
      },
    },
    {
      target: { same: true },
      text: {
        en: 'Your turn. Select instance i1 or i3 below the ring and press Kill the process. Then press Play and watch lb: how long does it still list the dead instance? Every request it sends there meanwhile is lost.',
        zh: '轮到你了。在环的下方选中实例 i1 或 i3，点“杀掉进程”。然后按“播放”，观察 lb：它还会把死掉的实例列出多久？在此期间它发到那里的每个请求都会丢失。',
      },
      task: {
        kind: 'memberLeaves',
        prompt: {
          en: 'Kill a service instance and see the balancer drop it.',
          zh: '杀掉一个服务实例，看负载均衡器把它移除。',
        },
      },
    },
    {
      target: { match: { k: 'action', do: 'client-crash' } },
      text: {
        en: 'At 8 s the process of i2 is killed. Its znode /services/api/i2 is still there.',
        zh: '在第 8 秒，i2 的进程被杀死。它的 znode /services/api/i2 仍然存在。',
      },
      question: {
        kind: 'choice',
        prompt: {
          en: 'When will ZooKeeper remove i2 from /services/api?',
          zh: 'ZooKeeper 何时会把 i2 从 /services/api 中移除？',
        },
        options: [
          { value: '0', label: { en: 'At once', zh: '立即' } },
          {
            value: '6000',
            label: { en: 'After its session timeout, 6 s', zh: '在会话超时 6 秒之后' },
          },
        ],
        answer: { from: 'param', name: 'timeoutMs' },
        explain: {
          en: 'ZooKeeper cannot tell a dead process from a slow one. The leader expires the session only when T = 6 s pass without a ping.',
          zh: 'ZooKeeper 无法区分死掉的进程和很慢的进程。只有在 T = 6 秒内没有 ping 时，leader 才会让会话过期。',
        },
      },
    },
    {
      target: { match: { k: 'log', kind: 'expire' } },
      text: {
        en: 'The leader expires the session of i2, and the closeSession txn deletes /services/api/i2. Until now lb still listed i2: requests sent to it were lost.',
        zh: 'leader 让 i2 的会话过期，closeSession txn 删除了 /services/api/i2。在此之前 lb 仍列出 i2：发给它的请求都丢失了。',
      },
      highlight: { leader: true },
    },
    {
      target: { match: { k: 'deliver', message: 'ZK_WATCH', to: LB }, notBeforeMs: 8000 },
      text: {
        en: 'lb gets NodeChildrenChanged, lists two members, and sends traffic only to i1 and i3.',
        zh: 'lb 收到 NodeChildrenChanged，列出两个成员，只把流量发给 i1 和 i3。',
      },
    },
    {
      target: { atMs: 15000 },
      lab: LAB,
      text: {
        en: 'Now the load-balancing lab. Three balancers get identical traffic, 300 requests a second, each over its own four backends registered in ZooKeeper: round robin, least connections and consistent hashing. b4 is four times slower. Compare their latencies.',
        zh: '现在来到负载均衡实验室。三个负载均衡器收到完全相同的流量（每秒 300 个请求），各自分发到在 ZooKeeper 中注册的四个后端：轮询、最少连接和一致性哈希。b4 慢四倍。比较它们的延迟。',
      },
      highlight: { panels: ['strategies', 'latency'] },
    },
    {
      target: { match: { k: 'action', do: 'kill-backend' } },
      lab: { ...LAB, backend: 'b2' },
      text: {
        en: 'At 20 s the process of b2 dies. Its znode stays until its session expires, so every balancer still lists b2. A dead b2 refuses at once: to least connections it looks idle, so it sends b2 more than its share. That is the black-hole effect. Watch the failed counts.',
        zh: '在第 20 秒，b2 的进程死掉了。它的 znode 会一直保留到会话过期，所以每个负载均衡器仍然列出 b2。死掉的 b2 会立即拒绝请求：在最少连接策略看来它很空闲，于是发给 b2 的请求超过它应得的份额。这就是黑洞效应。注意失败的计数。',
      },
      highlight: { panels: ['strategies'] },
    },
    {
      target: { match: { k: 'log', kind: 'lbMembership', params: { change: 'removed' } } },
      lab: { ...LAB, backend: 'b2' },
      text: {
        en: 'At 26 s the leader expires the session of b2, and the balancers remove it. On the hash ring only the keys that b2 owned move: about a quarter. Hashing modulo the member count would move three keys in four.',
        zh: '在第 26 秒，leader 让 b2 的会话过期，负载均衡器把它移除。在哈希环上，只有 b2 拥有的键会移动：大约四分之一。按成员数取模的哈希会移动四分之三的键。',
      },
      highlight: { panels: ['ring'] },
    },
  ],
};
