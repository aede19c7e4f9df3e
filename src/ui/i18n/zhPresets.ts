/** Simplified Chinese titles and descriptions of the simulation's presets. */
import type { PresetText } from './presetText';

/** The presets' titles and descriptions (English comes from src/sim/scenario/presets*.ts). */
export const zhPresets: Record<string, PresetText> = {
  playground: {
    title: '练习场：写入、leader 崩溃与重启',
    description:
      '五台服务器同时启动，选出 sid 最大的 5，纪元为 1。每秒都有写入经由不同的服务器到达；follower 把写入转发给 leader，leader 为每个写入发出提议，在 3 台（法定人数）记录之后提交，并通知所有人。第 8 秒 leader 崩溃：它的连接被重置，其余服务器立即进入 LOOKING，在纪元 2 选出 4，因此 zxid 从 0x200000001 重新开始。第 8.1 秒提交的写入发生在选举期间，要等新的 leader 激活后才能处理。第 14 秒服务器 5 重启，发现已有 leader，便跟随它并通过 DIFF 追上进度。试着自己让服务器崩溃或冻结，看看哪些写入能保留下来。',
  },
  'cold-start': {
    title: '冷启动：五台服务器，日志为空',
    description:
      '五台服务器都在 0 时刻以空日志启动，因此所有投票在 peerEpoch 和 zxid 上都相同，sid 最大者胜出：FastLeaderElection 的 totalOrderPredicate 依次比较 (peerEpoch, zxid, sid)。观察每台服务器在几毫秒内改投 5，然后等待 finalizeWait（200 毫秒）内没有更好的投票才做决定：没有人会更早决定。随后服务器 5 主持发现与同步阶段并提出纪元 1，于是所有服务器的 acceptedEpoch = currentEpoch = 1，第 1 秒的第一个写入得到 zxid 0x100000001。在 leader 激活前完成同步的 follower 收到一个空的 DIFF。',
  },
  'staggered-start': {
    title: '错峰启动：晚到的服务器无需选举即可加入',
    description:
      '服务器 1、2、3 在 0 时刻启动，服务器 4 在第 5 秒，服务器 5 在第 10 秒。五台中的三台就是法定人数，所以 1–3 在纪元 1 选出它们之中 sid 最大的 3。4 和 5 启动时处于 LOOKING，而其他人都在 FOLLOWING 或 LEADING。它们收到的回复带着这些状态；只要法定人数的这类“选举外”投票指向同一个 leader，且该 leader 自己声明 LEADING（checkLeader），FastLeaderElection 就允许 LOOKING 的服务器直接跟随它。因此不会重新选举，纪元保持为 1，尽管 5 的 sid 最大。两台晚到的服务器从 zxid 0 开始，而 leader 已经越过 (1, 0)，所以它们通过 SNAP 同步。',
  },
  'higher-zxid-wins': {
    title: '更高的 zxid 胜过更高的 sid',
    description:
      '注入状态：三台服务器的 acceptedEpoch = currentEpoch = 1。服务器 1 的日志结束于 0x100000005；服务器 2 和 3 结束于 0x100000003，是它的前缀。投票先比较 peerEpoch，再比较最后记录的 zxid，最后才比较 sid，所以尽管 sid 最小，服务器 1 仍然胜出：历史最完整的服务器必须成为 leader，否则可能已提交的事务会丢失。它提出纪元 2。观察服务器 2 和 3 收到一个 DIFF，随后是 0x100000004 和 0x100000005 的 PROPOSAL 与 COMMIT，都在 NEWLEADER 之前；两个事务最终在所有服务器上交付，下一个写入是 0x200000001。',
  },
  'snap-synced-wins': {
    title: '经 SNAP 同步的服务器在没有任何写入时胜出',
    description:
      '服务器 3 和 2 在 0 时刻启动，在纪元 1 选出 3。服务器 2 在 leader 激活之前以一个空的 DIFF 完成同步，所以它的数据树的 lastProcessedZxid 仍是 0x0。服务器 1 在第 3 秒启动，此时激活已把 leader 的数据树设为 (1, 0)：leader 没有可用于 DIFF 的已提交事务，于是发送 SNAP，服务器 1 因此持有 0x100000000 的快照。始终没有任何写入。第 6 秒 leader 崩溃。服务器 1 以 0x100000000 投票，即从服务器 3 收到的快照；服务器 2 以 0x0 投票。zxid 先于 sid 比较，所以 sid 较小的服务器 1 成为纪元 2 的 leader，并向服务器 2 发送 SNAP。真实的 ZooKeeper 3.8.0 正是如此；若模拟器用最后记录的事务投票，就会选出服务器 2。选中服务器 1，查看它的快照以及它的投票 zxid 从何而来。',
  },
  'higher-epoch-wins': {
    title: '更高的 peerEpoch 胜过更高的 zxid',
    description:
      '服务器 1 和 2 的 currentEpoch 为 2，日志结束于 0x100000003。服务器 3 是一个过时的旧 leader：currentEpoch 为 1，带着直到 0x100000007 的未提交尾部。peerEpoch 先于 zxid 比较，所以尽管 zxid 和 sid 都最高，服务器 3 仍然落败；1 和 2 之间由更高的 sid 决出，2 提出纪元 3。服务器 3 的尾部从未被更新纪元的法定人数确认，所以 leader 向它发送 TRUNC 0x100000003，事务 0x100000004 到 0x100000007 从它的日志中消失；服务器 1 收到一个空的 DIFF。',
  },
  'failed-write-committed': {
    title: '一个“失败”的写入被提交了',
    description:
      '三台服务器；3 领导纪元 1，两个写入已在所有服务器上提交。第 2.5 秒网络延迟被固定为 10 毫秒，使下面的时序精确，且从 3 到 1 的链路额外延迟 1 秒。第 3 秒服务器 3 上的客户端写入 W。服务器 2 在 3.01 秒收到 PROPOSAL，记录后发送 ACK，但服务器 3 在 3.015 秒、ACK 到达之前崩溃，它发往服务器 1 的 PROPOSAL 仍在途中，随之丢失。客户端看到 ConnectionLoss。然而 W 保留了下来：服务器 2 的最后 zxid 更高，因此在选举中胜过 1，作为纪元 2 的 leader 它在 DIFF 中把 W 发给服务器 1，于是 W 在两台服务器上都被交付。ZooKeeper 文档提醒：ConnectionLoss 表示结果未知，而不是写入失败。',
  },
  'follower-crash-restart': {
    title: '一个 follower 崩溃后恢复',
    description:
      '冷启动（leader 5，纪元 1）之后，一个写入在所有服务器上生效；随后 follower 2 崩溃，另有十个写入经由其他服务器完成。它们照常提交，因为五台中有四台在线，而法定人数是 3。2 在第 6 秒重启时处于第 1 轮的 LOOKING，但其他人并不在选举：它们的回复带着指向 5 的 FOLLOWING 和 LEADING 投票，2 通过这些选举外投票跟随 5，不打扰任何人。它的最后 zxid 位于 leader 已提交提议的窗口内，所以它收到一个恰好包含所错过的十个事务的 DIFF。其他服务器的状态都没有变化。',
  },
  'leader-crash': {
    title: 'leader 崩溃',
    description:
      '冷启动在纪元 1 选出 5，两个写入被提交。第 3 秒 leader 崩溃。崩溃会重置它的连接，所以 follower 1–4 立刻察觉并进入 LOOKING。新的 leader 是 1–4 中 (currentEpoch, 最后记录的 zxid, sid) 最好的；日志相同时就是 4，纪元为 2，所以下一个写入得到 zxid 0x200000001。过时的投票仍然指向 5，但 checkLeader 保证 LOOKING 的服务器不会跟随一个自己没有声明 LEADING 的 leader。5 在第 8 秒重启后跟随 4，并根据它的最后 zxid 通过 DIFF、TRUNC 或 SNAP 同步。',
  },
  'silent-leader-failure': {
    title: '静默故障：leader 卡住了',
    description:
      '冻结是一种静默的卡死，就像一次很长的垃圾回收停顿或磁盘卡住：leader 停止处理，但连接保持打开，所以没有人看到连接结束。follower 只能通过沉默察觉：当它在 syncLimit × tickTime = 10 秒内没有收到 leader 的任何消息时进入 LOOKING，大约在冻结后 9–10 秒，因为最后一个 PING 最多早半个 tick。随后的选举和崩溃之后一样，4 领导纪元 2。旧 leader 在第 20 秒解冻后发现身后已没有法定人数的 follower，于是放弃领导，作为 4 的 follower 重新加入。',
  },
  'leader-isolated': {
    title: 'leader 被隔离',
    description:
      '三台服务器；3 是 leader。第 3 秒服务器 3 的所有链路被静默切断。follower 1 和 2 收不到任何消息，大约 9–10 秒后进入 LOOKING；日志相同，它们在纪元 2 选出 2。服务器 3 还不知道：它继续 LEADING，直到每个 tick 一次的法定人数检查失败（“Not sufficient followers synced”），最多在切断后 (syncLimit + 1) × tickTime = 12 秒。在这段窗口内它可能提供过时的读，但第 4 秒提交给它的写入永远无法提交，因为没有 ACK 能到达它。第 20 秒网络恢复后它跟随 2，它孤立的提议在同步时被丢弃。',
  },
  'minority-partition': {
    title: '少数派分区无法提交',
    description:
      '五台服务器；5 是 leader。第 3 秒网络分裂为 {4, 5} 和 {1, 2, 3}，第 3.5 秒 4 上的客户端写入。该提议只在 5 和 4 上被记录：两个 ACK 不是五台中的法定人数，所以它永远不会被提交。leader 5 在 10–12 秒内退位；多数派在纪元 2 选出 3 并继续服务。{4, 5} 因没有法定人数而一直处于 LOOKING，通知超时从 200 毫秒翻倍直到 60 秒，不为客户端提供服务。第 30 秒网络恢复后，它们在下一次通知超时（最多 60 秒后）加入 3。4 和 5 收到 TRUNC 到 0x100000001：它们的最后 zxid，即孤立的 0x100000002，超出了新 leader 最后提交的事务（LearnerHandler.syncFollower），所以这个孤儿被丢弃，哪里都没有交付。',
  },
  'no-quorum': {
    title: '没有法定人数就没有服务',
    description:
      '三台服务器；其中两台在第 3 秒崩溃。幸存者进入 LOOKING 并一直停留：选出 leader 需要三票中的两票，而没有人回应。它的通知超时从 200 毫秒翻倍到 60 秒的上限（maxNotificationInterval），在 LOOKING 期间它不为客户端服务，所以第 5 秒的写入永远不会被提交。偶数台也无济于事：4 台时法定人数是 3，失去 2 台效果相同。ZooKeeper 能容忍 floor((n - 1) / 2) 台故障。',
  },
  'observers-do-not-vote': {
    title: 'Observer 不投票',
    description:
      '三个投票者和两个 observer（sid 4 和 5）。observer 把客户端的写入转发给 leader，并通过 INFORM 消息得知已提交的事务；它们从不接收 PROPOSAL 或 COMMIT，从不 ACK，选举中的投票也不计数。第 4 秒两个投票者崩溃。仍有三台服务器在线，但法定人数只计算投票者，三个中的一个不是法定人数：服务停止。剩下的投票者停留在 LOOKING，observer 失去了 leader 也无法产生新的 leader，第 6 秒经由 observer 4 的写入永远不会提交。',
  },
  'discovery-timeout': {
    title: '发现超时：当选了，却从未确立',
    description:
      '三台服务器。第 100 毫秒，在选举通知已经平息、但 200 毫秒的 finalizeWait 还没让任何人做决定之前，服务器 3 与 1、2 被切断。每个人仍按投票所示做出决定：3 为 LEADING，1 和 2 为 FOLLOWING。但发现阶段从未发生。服务器 3 等待法定人数的 FOLLOWERINFO，在 initLimit × tickTime = 20 秒后记录“Timeout while waiting for epoch from quorum”并进入 LOOKING。服务器 1 和 2 尝试连接 3；在静默分区中，连接尝试一直挂起，直到它们 20 秒的连接时限用完，然后进入 LOOKING 并选出 2。第 25 秒经由服务器 1 的写入在新 leader 下提交。',
  },
  'round-catch-up': {
    title: '轮次追赶：新来者加入进行中的选举',
    description:
      '服务器 1–4 在 0 时刻启动；服务器 5 保持关闭。五次 leader 崩溃、每次 2 秒后重启（3–21 秒），每次都开启新一轮选举，所以服务器到达第 6 轮（electionEpoch，即 logicalclock）。第 23 秒的分区 {1, 2, 5} | {3, 4} 夺走了法定人数：leader 退位，四台服务器在第 7 轮进入 LOOKING，任何一方都凑不齐五票中的三票。第 45 秒服务器 5 第一次启动，处于第 1 轮，位于 1 和 2 一侧。它的第一个通知立即得到回复，因为 LOOKING 的服务器会立即回应来自更旧轮次的通知。服务器 5 跳到第 7 轮，清空已收到的投票，基于自己的初始投票重新评估，1、2 和 5 最终一致选出 leader。',
  },
  'session-expiry-discovery': {
    title: '会话过期驱动服务发现',
    description:
      '客户端 a 注册临时节点 /svc/api/a；客户端 b 带 watch 列出 /svc/api。第 10 秒 a 与所有服务器断开。它在最后一次收到服务器消息 2T/3 = 4 秒后进入 Disconnected；只有 leader 会让会话过期，它在 a 的最后一次 ping 到达服务器后超过 T = 6 秒的第一个 tickTime 边界处让会话过期；closeSession 事务在每台服务器上删除 /svc/api/a；b 恰好收到一次 NodeChildrenChanged 并重新列出 []。a 自己在最后一次收到消息 4T/3 = 8 秒后宣布 Expired（ZooKeeper 3.9.3）。',
  },
  'session-failover': {
    title: '会话在 leader 切换后依然存活',
    description:
      '一个会话超时为 30 秒的客户端连接到 follower 1，并注册了一个临时节点。第 5 秒 leader 崩溃：服务器 1 进入 LOOKING 并关闭它的客户端连接，于是客户端进入 Disconnected。新 leader 激活后，客户端重新连接到服务器 1；服务器 1 向新 leader 重新验证该会话（REVALIDATE），新 leader 激活时已给每个会话一个完整的新超时。会话 id 不变，临时节点完好：leader 更替不会让任何会话过期。',
  },
  'sequence-numbers': {
    title: '顺序节点：后缀来自父节点的计数器',
    description:
      '对 /election/n_ 的三次 EPHEMERAL_SEQUENTIAL 创建得到 0000000000、0000000001 和 0000000002。删除 n_0000000001 不会释放任何编号：下一个是 0000000003。一个普通子节点 x 用掉 4，因此下一个顺序子节点是 0000000005。后缀是父节点的子节点创建计数器，而不是子节点数量；客户端可见的 cversion 最终为 7（创建加删除）。',
  },
  'watch-semantics': {
    title: 'watch 是一次性的',
    description:
      '带 watch 的 getData(/cfg)，然后两次 setData：恰好一次 NodeDataChanged，因为标准 watch 触发一次就消失。带 watch 的 exists(/nope) 会在不存在的节点上留下 watch，因此创建它会触发 NodeCreated。getData(/nope2) 以 NoNode 失败，不留下 watch。删除一个带 getChildren watch 的节点，会给该 watcher 发送 NodeDeleted，而不是 NodeChildrenChanged。',
  },
  'no-time-travel': {
    title: '客户端永远不会回到过去',
    description:
      '客户端经由服务器 1 写入 /z，因此它已看到该 zxid。服务器 2 落后 leader 1.5 秒。服务器 1 崩溃后客户端尝试服务器 2，后者拒绝连接，因为客户端看到过它尚未应用的 zxid（“Refusing session request for client as it has seen zxid ...”）。客户端不断重试，等服务器 2 追上后才连接成功：它绝不会读到比已见过的更旧的状态。',
  },
  'recipe-lock': {
    title: '锁：顺序临时节点组成的队列，每个只 watch 前一个',
    description:
      '四个客户端争用锁 /locks。每个客户端创建一个 EPHEMERAL_SEQUENTIAL 子节点 lock-N，列出子节点；若自己的后缀最小就持有锁，否则只在紧挨在自己前面的节点上设置 exists watch。持有者 3 秒后删除自己的节点时，恰好只有一个 watch 触发：排在下一位的客户端被唤醒，重新列出并取得锁。试一试：打开数据树跟踪 lock-N 节点；冻结或杀掉持有者，看下一个客户端如何等待会话过期。',
  },
  'recipe-lock-herd': {
    title: '锁的羊群变体：每个等待者都 watch 父节点',
    description:
      '同样的锁、六个客户端，但每个等待者都 watch /locks 本身（带 watch 的 getChildren），而不是前一个节点。每次释放和每个新等待者都会改变子节点，于是每个等待者都被唤醒、重新列出子节点、再睡去：在检查器里数一数通知次数，并与只 watch 前一个节点的变体比较，那里每次释放只唤醒一个客户端。试一试：逐个事件地步进一次释放。',
  },
  'recipe-lock-frozen-holder': {
    title: '持有者被冻结的锁：两个客户端都以为自己持有锁',
    description:
      '客户端 c1 取得锁，打算持有 20 秒。第 3 秒它的进程被冻结（一次长时间的垃圾回收停顿）：它不发 ping，也不读取任何消息。大约 6 秒后 leader 让它的会话过期，closeSession 删除它的临时锁节点，正在 watch 该节点的 c2 取得锁。c1 仍被冻结，仍以为自己持有锁：出现两个持有者，检查器会标出来。c1 在第 14 秒醒来时才得知会话已过期，但它在此期间写下的任何东西都可能是错的。ZooKeeper 无法阻止一个暂停的进程；解决办法是 fencing（隔离令牌）：存储只接受带有它见过的最新锁节点 zxid（czxid）或版本的写入，于是过时的持有者被拒绝。试一试：在过期之前提早解冻 c1，或给它更长的会话超时。',
  },
  'recipe-config': {
    title: '配置：setData 到达每个 watcher，有的晚一些',
    description:
      '客户端 w1、w2 和 w3 带 watch 读取 /config。管理客户端在第 4、8 和 15 秒用 setData 修改它。每个 watcher 都从它所连接的服务器收到一次 NodeDataChanged（在该服务器应用事务时），并读取新值（这会重新设置 watch）。服务器 1 收到 leader 的消息要晚 1.5 秒（一条慢链路），所以连接到它的 w3 比其他人晚得知，在此期间在那里读取会得到旧值。w2 在第 6 到 10 秒与所有服务器断开，错过了第 8 秒的修改；重新连接时它发送带有最后所见 zxid 的 SetWatches，服务器发现 /config 此后已改变，立即触发 watch。试一试：在修改期间打开服务器 1 的数据树查看过时的 znode，或让 w3 在读取前调用 sync。',
  },
  'recipe-discovery': {
    title: '服务发现：被杀掉的实例要到会话过期才消失',
    description:
      '实例 i1、i2 和 i3 在 /services/api 下注册临时 znode；客户端 lb 带 watch 列出 /services/api，就像负载均衡实验室里的均衡器那样。第 8 秒 i2 的进程被杀掉。它的 znode 仍然存在：在会话超时（6 秒）内没有 ping 之前，ZooKeeper 分不清死掉的进程和慢的进程。之后 leader 让会话过期，closeSession 事务在每台服务器上删除 /services/api/i2，lb 收到 NodeChildrenChanged 并列出两个成员。试一试：步进到过期之前，查看会话跟踪器的倒计时；然后打开负载均衡实验室，同样的机制决定哪些后端获得流量。',
  },
  'recipe-app-election': {
    title: '应用进程之间的 leader 选举（不是 ZAB 的选举）',
    description:
      '三个应用进程 a1、a2 和 a3 借助 ZooKeeper 在它们之间选出 leader：每个进程在 /election 下创建一个 EPHEMERAL_SEQUENTIAL 节点；最小者为 leader，其他每个 watch 自己的前一个节点。这不是 ZAB：服务器在任何客户端连接之前就已用 FastLeaderElection（圆环）选出了它们自己的 leader，客户端从不投票。第 10 秒应用 leader a1 被杀掉：它的会话过期时节点消失，watch 它的 a2 成为应用 leader；ZAB 的 leader 不变。试一试：改为让 ZAB leader 崩溃，看每个客户端在服务器选举期间断开（失去连接的 leader 会放弃角色，正如 Curator 所建议的），再比较这两种选举。',
  },
};
