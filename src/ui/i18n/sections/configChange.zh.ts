/** 通过点击修改配置的简体中文文字（issue 15 第 4 项）。 */
import type { configChangeEn } from './configChange.en';

export const configChangeZh: Record<keyof typeof configChangeEn, string> = {
  'configChange.title': '修改配置 {path}',
  'configChange.value': '新值',
  'configChange.sender': '由客户端发送',
  'configChange.submit': '修改配置',
  'configChange.badValue': '新值须为 1 到 {max} 个字符。',
};
