/**
 * The small popover a message in flight opens (issue 16, part 4): Drop it, or Delay it by a
 * number of milliseconds. Both are ordinary commands at the time on screen, so they are in the
 * timeline (step back, fork), the shareable link and the exported file. The popover follows the
 * message through the frames: when it is no longer in flight (delivered, or dropped by the
 * person), the buttons give way to a line saying so. Escape or Close shuts it, and the focus
 * goes back to the ensemble.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { MessageView } from '../../protocol/frame';
import { DELAY_MS_MAX } from '../../sim/vocabulary';
import { formatTime } from '../player/timeText';
import type { Translate } from '../i18n/t';
import { messageName } from './messageLabel';
import '../styles/messagePopover.css';

export interface MessagePopoverProps {
  /** The message as the latest frame has it, or null when it is no longer in flight. */
  message: MessageView | null;
  /** The name it had when it was picked (kept when it leaves the frame). */
  name: string;
  /** Where the mark was, in the ensemble's scrolling box (px). */
  anchor: { x: number; y: number };
  t: Translate;
  onDrop(): void;
  onDelay(byMs: number): void;
  onClose(): void;
}

/** A whole number of ms from 1 to DELAY_MS_MAX, or null. */
export function parseDelay(text: string): number | null {
  if (!/^\d{1,6}$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n >= 1 && n <= DELAY_MS_MAX ? n : null;
}

export function MessagePopover(props: MessagePopoverProps) {
  const { message, anchor, t } = props;
  // Named again in each frame while in flight, so a change of language reaches it.
  const name = message ? messageName(message, t) : props.name;
  const [delay, setDelay] = useState('1000');
  const [touched, setTouched] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const byMs = parseDelay(delay);
  const invalid = touched && byMs === null;

  useEffect(() => first.current?.focus(), []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onClose();
    }
    // Keys typed here are the popover's: the app's shortcuts (Space plays) stay out of it.
    e.stopPropagation();
  };
  const election = message?.kind === 'Notification';
  return (
    <div
      className="msg-popover"
      role="dialog"
      aria-label={name}
      aria-describedby={`${ids}-when`}
      style={{ left: anchor.x, top: anchor.y }}
      onKeyDown={onKeyDown}
    >
      <p className="msg-popover-title">{name}</p>
      {message ? (
        <>
          <p id={`${ids}-when`} className="msg-popover-when">
            {t('msg.arrives', { sent: formatTime(message.sentAtMs), at: formatTime(message.atMs) })}
          </p>
          <div className="msg-popover-row">
            <button ref={first} type="button" className="msg-popover-drop" onClick={props.onDrop}>
              {t('msg.drop')}
            </button>
            <span className="msg-popover-hint">
              {t(election ? 'msg.dropHintElection' : 'msg.dropHint')}
            </span>
          </div>
          <form
            className="msg-popover-row"
            onSubmit={(e) => {
              e.preventDefault();
              setTouched(true);
              if (byMs !== null) props.onDelay(byMs);
            }}
          >
            <label htmlFor={`${ids}-by`}>{t('msg.delayBy')}</label>
            <input
              id={`${ids}-by`}
              inputMode="numeric"
              value={delay}
              aria-invalid={invalid}
              aria-describedby={`${ids}-bound`}
              onChange={(e) => setDelay(e.target.value)}
            />
            <button type="submit" className="quiet">
              {t('msg.delay')}
            </button>
            <span
              id={`${ids}-bound`}
              className={invalid ? 'msg-popover-error' : 'msg-popover-hint'}
            >
              {t('msg.delayBound')} {t('msg.delayHint')}
            </span>
          </form>
        </>
      ) : (
        <p id={`${ids}-when`} className="msg-popover-when" role="status">
          {t('msg.gone')}
        </p>
      )}
      <button
        ref={message ? undefined : first}
        type="button"
        className="quiet msg-popover-close"
        onClick={props.onClose}
      >
        {t('msg.close')}
      </button>
    </div>
  );
}
