// Proves the keyboard map: Space plays or pauses, the arrows step, Shift+Right jumps to the next
// change, Home goes back to the start, and modified keys are left to the browser.
import { describe, expect, it } from 'vitest';
import { shortcutFor } from './useKeyboard';

const key = (
  k: string,
  mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {},
) =>
  shortcutFor({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    expect(key(' ')).toBe('togglePlay');
    expect(key('ArrowRight')).toBe('step');
    expect(key('ArrowRight', { shiftKey: true })).toBe('stepChange');
    expect(key('ArrowLeft')).toBe('stepBack');
    expect(key('Home')).toBe('start');
  });
  it('leaves other and modified keys alone', () => {
    expect(key('a')).toBeNull();
    expect(key('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(key('ArrowLeft', { shiftKey: true })).toBeNull();
  });
});
