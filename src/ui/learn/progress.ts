/**
 * Progress through the lessons and the first screen's choice, remembered in this browser only
 * (localStorage; nothing is sent anywhere, issue 16). Storage may be unavailable (a private
 * window, a sandboxed embed): then nothing is remembered, and nothing fails.
 */
const PROGRESS_KEY = 'zabscope.learn.progress';
const WELCOME_KEY = 'zabscope.welcome';

export type WelcomeChoice = 'tour' | 'explore';

/** Per chapter: the furthest step reached (0-based) and whether the last step was reached. */
export type Progress = Record<string, { step: number; done: boolean }>;

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembered; the lesson works the same.
  }
}

export function loadProgress(): Progress {
  const text = read(PROGRESS_KEY);
  if (!text) return {};
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null ? (value as Progress) : {};
  } catch {
    return {};
  }
}

export function saveProgress(chapter: number, step: number, steps: number): void {
  const all = loadProgress();
  const before = all[String(chapter)] ?? { step: 0, done: false };
  all[String(chapter)] = {
    step: Math.max(before.step, step),
    done: before.done || step >= steps - 1,
  };
  write(PROGRESS_KEY, JSON.stringify(all));
}

export function welcomeChoice(): WelcomeChoice | null {
  const v = read(WELCOME_KEY);
  return v === 'tour' || v === 'explore' ? v : null;
}

export function rememberWelcome(choice: WelcomeChoice): void {
  write(WELCOME_KEY, choice);
}
