/** 点击添加客户端的简体中文文字（issue 15 第 4 部分）。 */
import type { clientAddEn } from './clientAdd.en';

export const clientAddZh: Record<keyof typeof clientAddEn, string> = {
  'clientAdd.title': '添加一个连接到 S{sid} 的客户端',
  'clientAdd.timeout': '会话超时（毫秒）',
  'clientAdd.submit': '添加客户端',
  'clientAdd.badTimeout': '会话超时必须是 1 到 {max} 之间的整数毫秒。',
  'clientAdd.action': '新客户端 {client} 启动并连接到 {servers}。',
};
