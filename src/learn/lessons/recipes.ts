/**
 * Chapter 7: recipes built from sessions, ephemerals and watches: the lock (one watch per waiter,
 * not the herd), and the frozen holder that fencing exists for (ZooKeeper Recipes, "Locks").
 */
import type { Lesson } from '../lesson';
import { presetScenario } from './presetScenario';

/** The simulation numbers clients from 100 in their order in the scenario: c2 is 101, c3 102. */
const C2 = 101;
const C3 = 102;

export const recipes: Lesson = {
  id: 'recipes',
  chapter: 7,
  title: { en: 'Recipes: a lock and its frozen holder', zh: '配方：锁与被冻结的持有者' },
  scenario: presetScenario('recipe-lock-frozen-holder'),
  steps: [
    {
      target: { match: { k: 'log', kind: 'propose', params: { path: '/locks/lock-' } } },
      text: {
        en: 'Client c1 wants the lock /locks. It creates an EPHEMERAL_SEQUENTIAL child lock-. The leader appends a sequence number: lock-0000000000. The lowest number holds the lock.',
        zh: '客户端 c1 想获得锁 /locks。它创建一个临时顺序（EPHEMERAL_SEQUENTIAL）子节点 lock-。leader 追加一个序号：lock-0000000000。序号最小的持有锁。',
      },
      highlight: { leader: true },
    },
    {
      target: { atMs: 2500 },
      text: {
        en: 'Clients c2 and c3 do the same. Each lists /locks, sees it is not the lowest, and sets an exists watch on the node just before its own. Only on that one: a release wakes one client.',
        zh: '客户端 c2 和 c3 也这样做。每个客户端列出 /locks，发现自己不是最小的，就在紧挨着自己前面的节点上设置 exists watch。只在那一个上：一次释放只唤醒一个客户端。',
      },
    },
    {
      target: { same: true },
      text: {
        en: 'If every waiter watched /locks itself, each change would wake all of them, and all would list again: the herd effect. The preset recipe-lock-herd shows it.',
        zh: '如果每个等待者都 watch /locks 本身，每次变化都会唤醒所有等待者，它们都会重新列出：这就是羊群效应。预设 recipe-lock-herd 展示了它。',
      },
    },
    {
      target: { same: true },
      text: {
        en: 'Your turn. c1 holds the lock. Select c1 below the ring and press Freeze (GC pause), or Cut off from every server. Then press Play. When its session expires, c2 takes the lock, but c1 has heard nothing: it still believes it holds it.',
        zh: '轮到你了。c1 持有锁。在环的下方选中 c1，点“冻结（GC 停顿）”，或点“与所有服务器断开”。然后按“播放”。它的会话过期后，c2 拿到锁，但 c1 什么也没收到：它仍然认为自己持有锁。',
      },
      task: {
        kind: 'lockTwoBelievers',
        prompt: {
          en: 'Make a second client believe it holds the lock.',
          zh: '让第二个客户端也认为自己持有这把锁。',
        },
      },
    },
    {
      target: { match: { k: 'action', do: 'client-freeze' } },
      text: {
        en: 'At 3 s the process of c1 freezes: a long garbage-collection pause. It sends no pings and reads nothing. It still believes it holds the lock.',
        zh: '在第 3 秒，c1 的进程冻结了：一次很长的垃圾回收停顿。它不发送 ping，也不读取任何东西。它仍然以为自己持有锁。',
      },
      question: {
        kind: 'server',
        prompt: {
          en: 'Client c1 is connected to server 2. Which server will expire its session?',
          zh: '客户端 c1 连接的是服务器 2。哪台服务器会让它的会话过期？',
        },
        answer: { from: 'param', name: 'sid' },
        explain: {
          en: 'Only the leader expires sessions, T = 6 s after the last ping it heard of, whichever server the client talks to.',
          zh: '只有 leader 会让会话过期：在它得知的最后一个 ping 之后 T = 6 秒，无论客户端连接的是哪台服务器。',
        },
      },
    },
    {
      target: { match: { k: 'log', kind: 'expire' } },
      text: {
        en: 'The leader expires the session of c1. The closeSession txn deletes its ephemeral lock-0000000000.',
        zh: 'leader 让 c1 的会话过期。closeSession txn 删除了它的临时节点 lock-0000000000。',
      },
      highlight: { leader: true },
      question: {
        kind: 'choice',
        prompt: {
          en: 'c1 is still frozen. Will c2 take the lock now?',
          zh: 'c1 仍处于冻结状态。c2 现在会拿到锁吗？',
        },
        options: [
          { value: 'yes', label: { en: 'Yes, c2 is woken', zh: '会，c2 被唤醒' } },
          {
            value: 'no',
            label: { en: 'No, ZooKeeper waits for c1', zh: '不会，ZooKeeper 等待 c1' },
          },
        ],
        answer: { from: 'happens' },
        explain: {
          en: "ZooKeeper cannot tell a paused process from a dead one. Once the session expired, the node is gone, and c2's watch fires.",
          zh: 'ZooKeeper 无法区分暂停的进程和死掉的进程。会话一旦过期，节点就没有了，c2 的 watch 就会触发。',
        },
      },
    },
    {
      target: { match: { k: 'deliver', message: 'ZK_WATCH', to: C2 } },
      text: {
        en: 'The exists watch of c2 fires: NodeDeleted, the node just before its own is gone. c2 lists /locks again.',
        zh: 'c2 的 exists watch 触发：NodeDeleted，紧挨在它前面的节点没有了。c2 再次列出 /locks。',
      },
    },
    {
      target: { match: { k: 'deliver', message: 'ZK_REPLY', to: C2 } },
      text: {
        en: 'Its node is now the lowest, so c2 holds the lock. c1, still frozen, believes it holds it too: two believers.',
        zh: '它的节点现在最小，所以 c2 持有锁。仍然冻结的 c1 也以为自己持有锁：两个持有者。',
      },
    },
    {
      target: { match: { k: 'deliver', message: 'ZK_WATCH', to: C3 } },
      text: {
        en: 'c2 releases the lock: it deletes its node. Only c3, which watched that node, wakes up and takes the lock.',
        zh: 'c2 释放锁：它删除自己的节点。只有 watch 这个节点的 c3 被唤醒，并拿到锁。',
      },
    },
    {
      target: { match: { k: 'action', do: 'client-unfreeze' } },
      text: {
        en: 'At 14 s c1 wakes up. Only now does it learn that its session expired. Anything it wrote meanwhile was wrong. The fix is fencing: storage accepts a write only with the newest lock node zxid (czxid) it has seen.',
        zh: '在第 14 秒，c1 醒来。直到现在它才得知会话已过期。它在此期间写入的任何东西都是错的。解决办法是 fencing：存储只接受带有它见过的最新锁节点 zxid（czxid）的写入。',
      },
    },
    {
      target: { same: true },
      text: {
        en: 'The same pieces make other recipes. recipe-config: watchers of /config learn of each setData. recipe-discovery: a dead instance leaves /services/api when its session expires.',
        zh: '同样的部件构成其他配方。recipe-config：/config 的 watcher 得知每次 setData。recipe-discovery：死掉的实例在会话过期时离开 /services/api。',
      },
    },
  ],
};
