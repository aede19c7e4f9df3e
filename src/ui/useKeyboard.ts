/**
 * Keyboard shortcuts: Space play/pause, ArrowRight step, Shift+ArrowRight next change, ArrowLeft
 * step back, Home back to the start. They stay out of the way of form fields, of the sliders
 * (whose arrows and Home move them; Space, which a slider ignores, still plays) and of Space and
 * Enter on a focused button (which press it).
 */
import { useEffect } from 'react';
import type { Controller } from './controller';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return !!target.closest('input, select, textarea, dialog[open] form, [contenteditable="true"]');
}

/** A slider uses the arrows and Home itself, but not Space: Space still plays after setting a speed. */
function isSlider(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && target.type === 'range';
}

/** Space presses a focused button, except controls marked `data-space-plays` (a server's power). */
function isButton(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || target.closest('[data-space-plays]')) return false;
  return !!target.closest('button, [role="button"], [role="tab"], a[href], summary');
}

export type Shortcut = 'togglePlay' | 'step' | 'stepChange' | 'stepBack' | 'start';

export function shortcutFor(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): Shortcut | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case ' ':
      return 'togglePlay';
    case 'ArrowRight':
      return e.shiftKey ? 'stepChange' : 'step';
    case 'ArrowLeft':
      return e.shiftKey ? null : 'stepBack';
    case 'Home':
      return 'start';
    default:
      return null;
  }
}

export function useKeyboard(controller: Controller, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (isTyping(e.target) && !(e.key === ' ' && isSlider(e.target))) return;
      if (e.key === ' ' && isButton(e.target)) return;
      const action = shortcutFor(e);
      if (!action) return;
      e.preventDefault();
      if (action === 'start') return controller.seek(0);
      controller[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controller, enabled]);
}
