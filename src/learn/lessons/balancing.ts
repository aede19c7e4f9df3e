/**
 * Chapter 8, as far as a lesson on the ensemble view goes: how a load balancer learns the
 * membership it balances over (recipe-discovery), and how long a dead backend stays listed. The
 * strategies themselves live in the Load balancing tab, which lessons cannot drive yet.
 */
import type { Lesson } from '../lesson';
import { presetScenario } from './presetScenario';

/** The simulation numbers clients from 100 in their order in the scenario: lb is the fourth. */
const LB = 103;

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
      target: { same: true },
      text: {
        en: 'The Load balancing tab runs balancing strategies on the same traffic over membership like this. Try it there.',
        zh: '“负载均衡”标签页在同样的流量和这样的成员关系上运行各种负载均衡策略。去那里试试。',
      },
    },
  ],
};
