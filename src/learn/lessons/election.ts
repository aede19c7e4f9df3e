/** Chapter 2: Fast Leader Election (issue 16; ZAB.md's vote order). */
import type { Lesson } from '../lesson';
import { presetScenario } from './presetScenario';

export const election: Lesson = {
  id: 'election',
  chapter: 2,
  title: { en: 'Fast Leader Election', zh: '快速 leader 选举（Fast Leader Election）' },
  scenario: presetScenario('leader-crash'),
  steps: [
    {
      target: { match: { k: 'state', sid: 5, state: 'LOOKING' } },
      text: {
        en: 'Five servers start with empty logs. Each one is LOOKING: it has no leader yet, so it votes for itself and sends its vote (a Notification) to everyone.',
        zh: '五台服务器以空日志启动。每台都处于 LOOKING 状态：还没有 leader，所以它投票给自己，并把选票（Notification）发给所有人。',
      },
    },
    {
      target: { match: { k: 'log', kind: 'vote' } },
      text: {
        en: 'A vote is (peerEpoch, zxid, sid): the epoch of the last leader it followed, the last transaction it has, and its id. When a server receives a better vote, it switches to it and tells everyone again.',
        zh: '一张选票是 (peerEpoch, zxid, sid)：它上次跟随的 leader 的 epoch、它拥有的最后一个事务、以及它的 id。服务器收到更好的选票时，就改投这张票，并再次通知所有人。',
      },
      question: {
        kind: 'server',
        prompt: { en: 'Which server will lead?', zh: '哪台服务器会成为 leader？' },
        answer: { from: 'param', name: 'leader' },
        explain: {
          en: 'Votes are compared by peerEpoch first, then zxid, then sid (totalOrderPredicate). All logs are empty, so epochs and zxids tie and the highest sid wins.',
          zh: '选票先比较 peerEpoch，再比较 zxid，最后比较 sid（totalOrderPredicate）。所有日志都是空的，epoch 和 zxid 相同，所以 sid 最大的获胜。',
        },
      },
    },
    {
      target: { match: { k: 'log', kind: 'elected', params: { state: 'LEADING' } } },
      text: {
        en: 'A server decides when a quorum (3 of 5) votes for the same candidate and no better vote arrives for finalizeWait (200 ms). The winner goes LEADING, the others FOLLOWING.',
        zh: '当法定人数（5 台中的 3 台）投给同一个候选者，并且在 finalizeWait（200 毫秒）内没有更好的选票到达时，服务器就作出决定。获胜者进入 LEADING，其他进入 FOLLOWING。',
      },
      highlight: { leader: true },
    },
    {
      target: { match: { k: 'log', kind: 'commit' } },
      text: {
        en: 'The leader now orders writes. The first write of epoch 1 gets zxid 0x100000001: the epoch in the high 32 bits, a counter in the low 32 bits.',
        zh: 'leader 现在为写操作排序。epoch 1 的第一个写操作得到 zxid 0x100000001：高 32 位是 epoch，低 32 位是计数器。',
      },
      highlight: { leader: true },
    },
    {
      target: { match: { k: 'action', do: 'crash' } },
      text: {
        en: 'The leader crashes. Its connections reset, so the followers notice at once and go LOOKING again.',
        zh: 'leader 崩溃了。它的连接被重置，所以 follower 立即察觉，再次进入 LOOKING 状态。',
      },
      question: {
        kind: 'server',
        prompt: { en: 'Which server will lead now?', zh: '现在哪台服务器会成为 leader？' },
        answer: { from: 'param', name: 'leader' },
        explain: {
          en: 'Servers 1-4 all committed the same write, so peerEpoch and zxid tie again: the highest remaining sid wins. A server with a newer zxid would have won whatever its sid.',
          zh: '服务器 1-4 都提交了同样的写操作，所以 peerEpoch 和 zxid 再次相同：剩下的服务器中 sid 最大的获胜。如果有服务器拥有更新的 zxid，不论 sid 多少它都会获胜。',
        },
      },
    },
    {
      target: { match: { k: 'log', kind: 'elected', params: { state: 'LEADING' } } },
      text: {
        en: 'A new leader, in a new epoch. Notice that nothing waits for a timeout here: the crash closed the connections.',
        zh: '新的 leader，新的 epoch。注意这里没有等待任何超时：崩溃直接关闭了连接。',
      },
      highlight: { leader: true },
    },
    {
      target: { same: true },
      text: {
        en: 'Your turn: kill the leader. Click the power button on its card (or select it and press Crash).',
        zh: '轮到你了：让 leader 宕机。点击它卡片上的电源按钮（或选中它再按“崩溃”）。',
      },
      highlight: { leader: true },
      task: {
        kind: 'killLeader',
        prompt: { en: 'Kill the leader.', zh: '让 leader 宕机。' },
      },
    },
    {
      target: { match: { k: 'log', kind: 'commit' }, notBeforeMs: 5000 },
      text: {
        en: 'Back in the story: the new leader commits the next write. You have seen how ZooKeeper elects a leader, twice.',
        zh: '回到故事中：新 leader 提交了下一个写操作。你已经两次看到 ZooKeeper 如何选出 leader。',
      },
      highlight: { leader: true },
    },
  ],
};
