/** A lesson's text in the reader's language (lessons carry English and Chinese side by side). */
import type { Text } from '../../learn/lesson';
import type { Locale } from '../i18n/t';
import { useAppStore } from '../store/appStore';

export function lessonText(text: Text, locale: Locale): string {
  return locale === 'zh-CN' ? text.zh : text.en;
}

export function useLessonText(): (text: Text) => string {
  const locale = useAppStore((s) => s.locale);
  return (text) => lessonText(text, locale);
}
