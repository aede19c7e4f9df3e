/** Simplified Chinese strings of the live mode, typed against the English keys. */
import type { liveEn } from './live.en';

export const liveZh: Record<keyof typeof liveEn, string> = {
  'live.title': '真实进程',
  'live.leave': '离开实时模式',
  'live.back': '回到实时集群',
  'live.elsewhere': '你正在看一个模拟；实时集群仍在运行（目前已有 {count} 条记录）。',

  'live.connection.connecting': '正在连接 {address} 上的桥接程序…',
  'live.connection.open': '已连接：这些是 npm run live 在本机启动的真实 ZooKeeper 服务器。',
  'live.connection.refused': '桥接程序拒绝了此地址中的令牌。请打开 npm run live 启动时打印的链接。',
  'live.connection.protocol':
    '桥接程序使用实时协议 {bridge}，本页面使用 {page}：请使用同一版本的页面和 npm run live。',
  'live.connection.gone':
    '桥接程序已断开（npm run live 已停止，或连接中断）。这里显示的是它最后发送的状态。若它仍在运行，请重新连接；若已停止，请重新启动它并打开新的链接。',
  'live.connection.refusedAfter':
    '桥接程序无法读取本页面请求的最后一条记录编号。请打开 npm run live 打印的链接。',
  'live.reconnect': '重新连接',
  'live.gap.title': '缺失的记录',
  'live.gap.start':
    '缺失记录：最早的 {count} 条。本页面连接时桥接程序已不再保留它们（它只保留最新的记录），因此实时集群从 {to} 开始显示。',
  'live.gap.middle':
    '缺失记录：{count} 条，记录于 {from} 与 {to} 之间。本页面重新连接时桥接程序已不再保留它们（它只保留最新的记录）；环形图会跳过这段。',
  'live.connection.unreachable':
    '无法连接 {address} 上的桥接程序。npm run live 是否在运行？它每次启动时链接都会变化。',
  'live.connection.invalidUrl':
    '实时地址“{value}”不可用：应为 npm run live 打印的 ws://127.0.0.1:PORT/TOKEN 形式。',

  'live.controls': '使 {count} 台真实服务器崩溃、冻结、恢复、重启，或向其写入',
  'live.servers': '服务器',
  'live.server': '服务器 {sid}',
  'live.state.down': 'DOWN（已停止）',
  'live.state.frozen': 'FROZEN（已冻结）',
  'live.state.notServing': '未提供服务',
  'live.process.up': '运行中，pid {pid}',
  'live.process.frozen': '已被 SIGSTOP 暂停，pid {pid}',
  'live.process.down': '未运行',
  'live.none': '—',
  'live.crash': '崩溃',
  'live.freeze': '冻结',
  'live.resume': '恢复',
  'live.restart': '重启',
  'live.crashServer': '使服务器 {sid} 崩溃（SIGKILL）',
  'live.freezeServer': '冻结服务器 {sid}（SIGSTOP）',
  'live.resumeServer': '恢复服务器 {sid}（SIGCONT）',
  'live.restartServer': '重启服务器 {sid}',
  'live.noServers': '正在等待桥接程序的第一份状态…',

  'live.write': '写入',
  'live.write.title': '通过真实客户端写入',
  'live.write.path': 'Znode 路径',
  'live.write.data': '数据',
  'live.write.hint':
    '创建该 znode，若已存在则设置其数据（路径最多 {path} 个字符，数据最多 {data} 字节）。',
  'live.write.badPath': 'znode 路径以 / 开头，且不含空的、“.”或“..”部分。',

  'live.answers': '命令的结果',
  'live.sent.pending': '{command}：等待桥接程序…',
  'live.sent.ok': '{command}：完成。',
  'live.sent.okZxid': '{command}：完成，zxid {zxid}。',
  'live.sent.error': '{command}：被拒绝。{why}',
  'live.command.crash': '使服务器 {sid} 崩溃',
  'live.command.freeze': '冻结服务器 {sid}',
  'live.command.resume': '恢复服务器 {sid}',
  'live.command.restart': '重启服务器 {sid}',
  'live.command.write': '写入 {path}',
  'live.error.command.invalid': '桥接程序无法读取该命令。',
  'live.error.server.unknown': '服务器 {detail} 不是桥接程序启动的。',
  'live.error.server.not-running': '服务器 {detail} 未在运行。',
  'live.error.server.already-running': '服务器 {detail} 已在运行。',
  'live.error.server.frozen': '服务器 {detail} 已被冻结。',
  'live.error.server.not-frozen': '服务器 {detail} 未被冻结。',
  'live.error.write.no-server': '目前没有服务器在为客户端服务（正在选举？）。',
  'live.error.write.failed': 'ZooKeeper 未接受此写入（错误码 {detail}）。',
  'live.error.busy': '服务器 {detail} 仍在执行上一条命令。',
};
