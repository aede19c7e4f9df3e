/** Chapter 5: heartbeats and failure detection: tickTime, syncLimit, crash versus freeze. */
import type { Lesson } from '../lesson';
import { presetScenario } from './presetScenario';

export const heartbeats: Lesson = {
  id: 'heartbeats',
  chapter: 5,
  title: { en: 'Heartbeats and failure detection', zh: '心跳与故障检测' },
  scenario: presetScenario('silent-leader-failure', { untilMs: 45000 }),
  steps: [
    {
      target: { match: { k: 'send', message: 'PING' } },
      text: {
        en: 'Time in ZooKeeper is counted in ticks: tickTime, 2000 ms by default. The leader sends PING to its followers every half tick; the followers answer.',
        zh: 'ZooKeeper 以 tick 计时：tickTime 默认 2000 毫秒。leader 每半个 tick 向 follower 发送 PING；follower 回复。',
      },
      highlight: { leader: true },
    },
    {
      target: { match: { k: 'action', do: 'freeze' } },
      text: {
        en: 'The leader freezes: a long garbage-collection pause or a stuck disk. It stops working, but its connections stay open. Nobody sees a connection close.',
        zh: 'leader 冻结了：比如一次很长的垃圾回收停顿或磁盘卡住。它停止工作，但连接仍然保持打开。没有人看到连接关闭。',
      },
      highlight: { leader: true },
      question: {
        kind: 'choice',
        prompt: {
          en: 'How will the followers find out?',
          zh: 'follower 会如何发现？',
        },
        options: [
          {
            value: 'connectionClosed',
            label: { en: 'At once: the connection closes', zh: '立即：连接关闭' },
          },
          {
            value: 'readTimeout',
            label: { en: 'After syncLimit ticks of silence', zh: '沉默 syncLimit 个 tick 之后' },
          },
        ],
        answer: { from: 'param', name: 'reason.code' },
        explain: {
          en: 'A frozen server sends nothing, but its socket is open. A follower gives up when it has heard nothing for syncLimit × tickTime (5 × 2000 ms = 10 s): a read timeout. A crash, by contrast, resets the connection at once.',
          zh: '冻结的服务器什么也不发送，但它的套接字是打开的。follower 在 syncLimit × tickTime（5 × 2000 毫秒 = 10 秒）内没有收到任何消息时放弃：读超时。相反，崩溃会立即重置连接。',
        },
      },
    },
    {
      target: { match: { k: 'log', kind: 'learnerShutdown' } },
      text: {
        en: 'About ten seconds later the followers give up on the leader and go LOOKING.',
        zh: '大约十秒后，follower 放弃了这个 leader，进入 LOOKING 状态。',
      },
    },
    {
      target: { match: { k: 'log', kind: 'elected', params: { state: 'LEADING' } } },
      text: {
        en: 'They elect a new leader in epoch 2, without the frozen server.',
        zh: '它们在 epoch 2 中选出了新的 leader，不包括被冻结的服务器。',
      },
      highlight: { leader: true },
    },
    {
      target: { match: { k: 'log', kind: 'leaderShutdown' }, notBeforeMs: 20000 },
      text: {
        en: 'When the old leader wakes up it still believes it leads, but no quorum follows it any more. It gives up leadership and rejoins as a follower.',
        zh: '旧 leader 醒来时仍以为自己是 leader，但已没有法定人数跟随它。它放弃 leader 身份，以 follower 身份重新加入。',
      },
      highlight: { servers: [5] },
    },
    {
      target: { same: true },
      text: {
        en: "Your turn: server 4 leads now. Freeze it (select it, then Freeze), press Play, and watch the followers' syncLimit timers run out.",
        zh: '轮到你了：现在服务器 4 是 leader。冻结它（选中它，再按“冻结”），按“播放”，观察 follower 的 syncLimit 计时器耗尽。',
      },
      task: {
        kind: 'freezeLeader',
        prompt: {
          en: 'Freeze the leader and watch the followers notice.',
          zh: '冻结 leader，观察 follower 发现它。',
        },
      },
    },
  ],
};
