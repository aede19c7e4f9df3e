/** 通过点击获取和释放锁的简体中文文字（issue 15 第 4 项）。 */
import type { clientLockEn } from './clientLock.en';

export const clientLockZh: Record<keyof typeof clientLockEn, string> = {
  'clientLock.acquire': '获取锁 {path}',
  'clientLock.release': '释放锁',
  'clientLock.giveUp': '不再等待这把锁',
  'ex.action.lockAcquire':
    '客户端 {client} 请求锁 {path}：它在那里创建一个临时顺序节点，然后排队等候。',
  'ex.action.lockRelease': '客户端 {client} 释放锁 {path}：它删除了自己的节点。',
  'ex.action.lockGiveUp':
    '客户端 {client} 不再等待锁 {path}：它删除了自己的节点，排在它后面的客户端随之前移。',
  'ex.action.lockNoop.frozen': '{action} {client}：客户端已冻结，它的应用程序也一样停着。',
  'ex.action.lockNoop.not-connected': '{action} {client}：客户端现在没有已连接的会话。',
  'ex.action.lockNoop.other-recipe':
    '{action} {client}：客户端在运行别的配方（或另一路径上的锁）。',
  'ex.action.lockNoop.already-queued': '{action} {client}：它已经持有这把锁，或正在排队。',
  'ex.action.lockNoop.not-queued': '{action} {client}：它既没有持有这把锁，也没有在排队。',
};
