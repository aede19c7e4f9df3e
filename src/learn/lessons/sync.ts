/** Chapter 3: discovery and synchronization: epochs, DIFF, TRUNC, SNAP (issue 16). */
import type { Lesson } from '../lesson';
import { presetScenario } from './presetScenario';

export const sync: Lesson = {
  id: 'sync',
  chapter: 3,
  title: { en: 'Discovery and synchronization', zh: '发现与同步' },
  scenario: presetScenario('leader-crash'),
  steps: [
    {
      target: { match: { k: 'log', kind: 'elected', params: { state: 'LEADING' } } },
      text: {
        en: 'Winning the election is not enough. Before it may propose anything, a new leader goes through discovery and synchronization.',
        zh: '赢得选举还不够。新 leader 在提出任何提议之前，要先经过发现（discovery）和同步（synchronization）阶段。',
      },
      highlight: { leader: true },
    },
    {
      target: { match: { k: 'log', kind: 'epoch' } },
      text: {
        en: 'Discovery: each follower sends FOLLOWERINFO with its acceptedEpoch. Once a quorum has answered, the leader picks a new epoch, higher than any of theirs, and sends it in LEADERINFO. Followers reply ACKEPOCH.',
        zh: '发现阶段：每个 follower 发送带有其 acceptedEpoch 的 FOLLOWERINFO。法定人数回复后，leader 选出一个比所有人都高的新 epoch，并通过 LEADERINFO 发出。follower 回复 ACKEPOCH。',
      },
      highlight: { leader: true },
    },
    {
      target: { match: { k: 'log', kind: 'syncMode' } },
      text: {
        en: "Synchronization: the leader compares each follower's last zxid with its own log. DIFF sends the missing transactions; TRUNC tells a follower to cut transactions the leader never had; SNAP sends a whole snapshot when the log is not enough.",
        zh: '同步阶段：leader 把每个 follower 的最后 zxid 与自己的日志比较。DIFF 发送缺失的事务；TRUNC 让 follower 截掉 leader 从未有过的事务；日志不够时，SNAP 发送整个快照。',
      },
    },
    {
      target: { match: { k: 'log', kind: 'activated' } },
      text: {
        en: 'After NEWLEADER is acknowledged by a quorum, the leader is active and sends UPTODATE. Only now does broadcast begin in the new epoch.',
        zh: 'NEWLEADER 得到法定人数确认后，leader 进入活跃状态并发送 UPTODATE。直到现在，新 epoch 中的广播才开始。',
      },
      highlight: { leader: true },
    },
    {
      target: { match: { k: 'action', do: 'restart' } },
      text: {
        en: 'The old leader, server 5, restarts. It finds a leader already in place and follows it. Its log ends at the last write of epoch 1; the leader has one more write, of epoch 2.',
        zh: '旧 leader 服务器 5 重启了。它发现已经有 leader，于是跟随它。它的日志停在 epoch 1 的最后一个写操作；leader 还多一个 epoch 2 的写操作。',
      },
      highlight: { servers: [5] },
      question: {
        kind: 'choice',
        prompt: {
          en: 'How will the leader synchronize server 5?',
          zh: 'leader 会如何同步服务器 5？',
        },
        options: [
          {
            value: 'DIFF',
            label: { en: 'DIFF: send the missing transactions', zh: 'DIFF：发送缺失的事务' },
          },
          {
            value: 'TRUNC',
            label: { en: 'TRUNC: cut its extra transactions', zh: 'TRUNC：截掉多余的事务' },
          },
          { value: 'SNAP', label: { en: 'SNAP: send a whole snapshot', zh: 'SNAP：发送整个快照' } },
        ],
        answer: { from: 'param', name: 'mode' },
        explain: {
          en: "syncFollower: if the follower's last zxid lies inside the leader's committed log, a DIFF suffices; if it is past the leader's last zxid, TRUNC; if it is older than the log's start, SNAP.",
          zh: 'syncFollower：如果 follower 的最后 zxid 在 leader 的已提交日志范围内，DIFF 就够了；如果超出 leader 的最后 zxid，就用 TRUNC；如果比日志起点还旧，就用 SNAP。',
        },
      },
    },
    {
      target: { match: { k: 'log', kind: 'syncMode', params: { learner: 5 } } },
      text: {
        en: "The leader has decided how to bring server 5 up to date. Once synchronized, server 5 holds exactly the leader's history.",
        zh: 'leader 已经决定如何让服务器 5 跟上进度。同步完成后，服务器 5 拥有与 leader 完全相同的历史。',
      },
      highlight: { servers: [5], leader: true },
    },
  ],
};
