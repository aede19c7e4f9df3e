/** Simplified Chinese strings. Typed against the English keys, so none can be missing. */
import type { MessageKey } from './en';

export const zhCN: Record<MessageKey, string> = {
  'app.title': 'ZabScope',
  'app.tagline': 'Apache ZooKeeper 如何让各服务器保持一致',
  'controls.label': '播放控制',
  'controls.play': '播放',
  'controls.pause': '暂停',
  'status.label': '状态',
  'status.connecting': '启动中',
  'status.running': '运行中',
  'status.paused': '已暂停',
  'status.error': '出错',
  'ticks.label': '节拍数',
  'viz.label': '由 {count} 台服务器组成的集群',
  'viz.server': '服务器 {sid}',
  'viz.serverPicked': '服务器 {sid}，本节拍被选中',
  'viz.picked': '选中',
  'slice.note':
    '连通性检查：Worker 每个节拍从带种子的随机流中选出一台服务器，页面将其画出。ZAB 模拟将取代此视图。',
};
