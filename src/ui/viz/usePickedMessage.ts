/**
 * Which message in flight has its Drop / Delay popover open, where, and what its buttons do.
 * Picking a message pauses the run: the paused moment is when a person decides what to do with
 * it, and the command is given at the time on screen. The popover follows the message through
 * frames (it is null once delivered or dropped); closing it returns the focus to the mark, or to
 * the ensemble when the mark is gone.
 */
import { useCallback, useMemo, useState, type RefObject } from 'react';
import type { MessageView } from '../../protocol/frame';
import type { Controller } from '../controller';
import type { Translate } from '../i18n/t';
import { useAppStore } from '../store/appStore';
import { messageName } from './messageLabel';
import type { MessagePopoverProps } from './MessagePopover';

interface Picked {
  id: number;
  name: string;
  anchor: { x: number; y: number };
}

/** The popover's width and height, for keeping it inside the ensemble's box. */
const POPOVER = { halfWidth: 175, height: 300, gap: 16 };

function anchorOf(wrap: HTMLElement, mark: Element): { x: number; y: number } {
  const w = wrap.getBoundingClientRect();
  const r = mark.getBoundingClientRect();
  const x = r.left + r.width / 2 - w.left + wrap.scrollLeft;
  const below = r.bottom - w.top + wrap.scrollTop;
  // Below the mark when it fits, else above it (the popover's top edge then sits higher).
  const y =
    below + POPOVER.height <= wrap.scrollTop + wrap.clientHeight
      ? below
      : r.top - w.top + wrap.scrollTop - POPOVER.height - 2 * POPOVER.gap;
  const left = Math.min(
    Math.max(x, POPOVER.halfWidth + 8),
    wrap.scrollWidth - POPOVER.halfWidth - 8,
  );
  return { x: left, y: Math.max(y, wrap.scrollTop + 4) };
}

export function usePickedMessage(
  wrapRef: RefObject<HTMLDivElement | null>,
  ctl: Controller,
  t: Translate,
): {
  open: (message: MessageView, mark: Element) => void;
  view: Omit<MessagePopoverProps, 't'> | null;
} {
  const [picked, setPicked] = useState<Picked | null>(null);
  const message = useAppStore((s) =>
    picked ? (s.frame?.messages.find((m) => m.id === picked.id) ?? null) : null,
  );

  const open = useCallback(
    (m: MessageView, mark: Element) => {
      const wrap = wrapRef.current;
      if (!wrap) return;
      ctl.pause();
      setPicked({ id: m.id, name: messageName(m, t), anchor: anchorOf(wrap, mark) });
    },
    [ctl, t, wrapRef],
  );

  const view = useMemo(() => {
    if (!picked) return null;
    const close = () => {
      setPicked(null);
      const wrap = wrapRef.current;
      const mark = wrap?.querySelector<SVGGElement>(`[data-message="${picked.id}"]`);
      // After the frame that follows a command: the mark may be gone by then.
      requestAnimationFrame(() => (mark?.isConnected ? mark.focus() : wrap?.focus()));
    };
    return {
      message,
      name: picked.name,
      anchor: picked.anchor,
      onClose: close,
      onDrop: () => {
        ctl.act({ do: 'drop-message', message: picked.id });
        close();
      },
      onDelay: (byMs: number) => {
        ctl.act({ do: 'delay-message', message: picked.id, byMs });
        close();
      },
    };
  }, [picked, message, ctl, wrapRef]);
  return { open, view };
}
