/** Chinese for the Learn view (learn.en.ts). */
import type { learnEn } from './learn.en';

export const learnZh: Record<keyof typeof learnEn, string> = {
  'learn.tab': '学习',
  'learn.welcome.title': '欢迎使用 ZabScope',
  'learn.welcome.body':
    'ZabScope 逐条模拟消息，展示 Apache ZooKeeper 如何让五台服务器保持一致。第一次来？',
  'learn.welcome.tour': '跟随导览',
  'learn.welcome.explore': '自由探索',
  'learn.chapters': '章节',
  'learn.scenarioName': '课程第 {n} 章：{title}',
  'learn.chapter': '第 {n} 章',
  'learn.chapterDone': '第 {n} 章（已完成）',
  'learn.stepOf': '第 {n} 步，共 {total} 步',
  'learn.next': '下一步',
  'learn.back': '上一步',
  'learn.finish': '下一章',
  'learn.steps': '课程步骤',
  'learn.narration': '讲解',
  'learn.present': '演示',
  'learn.exitPresent': '退出演示',
  'learn.presentHint': 'PageDown 或 → 下一步，PageUp 或 ← 上一步，Esc 退出。',
  'learn.searching': '正在寻找这一时刻……',
  'learn.never': '这次运行中没有出现这一时刻；画面停留在上一步。',
  'learn.moved': '画面已离开这一步。',
  'learn.toStep': '重新显示这一步',
  'learn.offStory': '你改变了这次运行。回到故事后，故事会继续。',
  'learn.returnToStory': '回到故事',
  'learn.predict': '预测',
  'learn.answered': '你的预测：{answer}。',
  'learn.seeNext': '按“下一步”，看看模拟会怎样。',
  'learn.server': '服务器 {sid}',
  'learn.actual': '模拟的结果是 {actual}。',
  'learn.right': '正确：模拟的结果是 {actual}。',
  'learn.wrong': '这次不对：你选的是 {answer}，模拟的结果是 {actual}。',
  'learn.unknown': '模拟还没有到达那一时刻。',
  'learn.yourTurn': '轮到你了',
  'learn.taskDone': '完成！',
  'learn.task.todo': '尚未完成：使用服务器上方的工具，然后看这里。',
  'learn.task.todoClient': '尚未完成：在环的下方选中一个客户端，使用检查器里的按钮，然后看这里。',
  'learn.task.leaderDown': 'leader 服务器 {sid} 已宕机。看看其他服务器如何察觉。',
  'learn.task.leaderFrozenNotCrashed':
    '你冻结了服务器 {sid}：冻结时它仍保持连接。请改为让它崩溃（它的电源按钮）。',
  'learn.task.followerCrashed': '服务器 {sid} 宕机了，但它是 follower。leader 是服务器 {leader}。',
  'learn.task.noSideHasQuorum':
    '没有任何一边有 {quorum} 台正在运行的服务器：任何一边都选不出 leader，也无法提交写操作。',
  'learn.task.sideHasQuorum':
    '包含服务器 {sids} 的一边仍有至少 {quorum} 台正在运行的服务器：它能选举。',
  'learn.task.syncLimitNoticed':
    '服务器 {sid} 在 syncLimit 个 tick 内没有收到任何消息，进入了 LOOKING：冻结被察觉了。',
  'learn.task.leaderCrashedNotFrozen':
    '服务器 {sid} 崩溃了：它的连接立即关闭。请重启它，改为冻结 leader。',
  'learn.task.frozenWaiting':
    '服务器 {sid} 已冻结。按“播放”（或“下一个变化”），观察 follower 的 syncLimit 计时器。',
  'learn.task.loggedNotCommitted':
    '服务器 {sid} 记录了 {zxid}，但没有法定人数能确认它：它没有被提交。',
  'learn.task.mayStillCommit': '服务器 {sid} 记录的写操作仍可能得到法定人数确认：它也许还会提交。',
  'learn.task.sessionExpired':
    'leader 让 {client} 的会话 {session} 过期了：closeSession txn 删除了它的临时 znode，watcher 也收到了通知。',
  'learn.task.sessionClosing':
    'leader 正在关闭 {client} 的会话：closeSession txn 正在送往法定人数。',
  'learn.task.sessionWaiting':
    '{client} 没有任何动静，但它的会话仍然存在：leader 大约 {seconds} 秒后让它过期。请按“播放”或“单步”。',
  'learn.task.clientAwake': '{client} 在超时之前恢复运行了：它的会话继续存在。让它沉默更久一些。',
  'learn.task.twoBelievers':
    '{client} 和 {other} 都认为自己持有 {path}：{client} 被冻结，还不知道自己的会话已经过期。',
  'learn.task.holderNotFrozen':
    '现在持有锁的是 {client}。请在环的下方选中持有者，点“冻结（GC 停顿）”。',
  'learn.task.memberLeft':
    '{client} 已从负载均衡器的列表中消失：它的会话过期了，它的 znode 被删除。',
  'learn.task.memberStillListed':
    '{client} 已经死了，但它的会话大约还会存在 {seconds} 秒：它的 znode 还在，{balancer} 发给它的请求都会丢失。',
  'learn.task.memberWatchPending':
    '{client} 的会话已过期，它的 znode 已被删除；{balancer} 还不知道：它的 watch 通知正在路上。',
  'learn.task.instanceNotCrashed':
    '你冻结或隔离了 {client}。这个任务要求让它崩溃：选中该实例，然后点“杀掉进程”。',
  'learn.linkProblem.lesson': '链接指向的课程“{value}”不存在：打开第 1 章。',
  'learn.linkProblem.step': '链接指向的第“{value}”步在本课程中不存在。',
  'learn.embedLabel': 'ZabScope 课程',
};
