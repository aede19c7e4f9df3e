/**
 * One server as a card: sid and state (colour, glyph and word), phase, epochs or vote, the data
 * tree's lastProcessedZxid (what it votes with; the last logged zxid while DOWN),
 * a compact log column with its commit watermark, and a power control that crashes or restarts
 * it. The card's body is a button (it selects the server, or puts it in group B while a partition
 * is drawn); the power control is a sibling button, never nested in it. Tags (observer, partition
 * group) sit in the band above the card that the ring layout keeps free. Re-renders only when its
 * server changes (the store keeps unchanged server objects).
 *
 * Coordinates are the card's own at scale 1, where one unit is one pixel: every text is at least
 * 12 units, and the left column of text ends before the log column (TEXT_RIGHT).
 */
import { memo, type KeyboardEvent } from 'react';
import type { ServerView } from '../../protocol/frame';
import { formatZxid, shortZxid } from '../../sim/vocabulary';
import type { MessageKey } from '../i18n/en';
import type { MessageParams } from '../i18n/t';
import { logColumnItems } from './logColumn';
import { CARD, type CardPlace } from './ringLayout';
import { STATE_STYLE } from './palette';
import { serverLabel } from './serverLabel';

export const LOG_SLOTS = 5;
const W = CARD.width;
const H = CARD.height;
const COL_W = 36;
const COL_X = W - COL_W - 10;
/** Where the text on the card's left must end: a gap before the log column. */
export const TEXT_RIGHT = COL_X - 6;
const SLOT_H = 13;
const SLOT_TOP = 46;

type T = (key: MessageKey, params?: MessageParams) => string;

export interface ServerCardProps {
  place: CardPlace;
  /** Cards are drawn at CARD size times this (see ringLayout). */
  scale: number;
  server: ServerView;
  /** LOOKING voters proposing this server right now (votes.ts), and the quorum; 0 when none. */
  backers: number;
  quorum: number;
  selected: boolean;
  /** 'A' / 'B' when partitioned or while a partition is drawn; null otherwise. */
  group: 'A' | 'B' | null;
  drafting: boolean;
  t: T;
  onBody: (sid: number) => void;
  onPower: (server: ServerView) => void;
}

function activate(handler: () => void, keys: readonly string[] = ['Enter', ' ']) {
  return (e: KeyboardEvent) => {
    if (keys.includes(e.key)) {
      e.preventDefault();
      handler();
    }
  };
}

/**
 * The power control answers Enter only. It turns into its opposite once pressed (Crash becomes
 * Restart, with the focus still on it), so Space, the app's play key, must not restart a server
 * the person just crashed: Space plays or pauses, as the shortcut list says.
 */
const POWER_KEYS = ['Enter'];

function LogColumn({ server, t }: { server: ServerView; t: T }) {
  const items = logColumnItems(server, LOG_SLOTS);
  const txns = items.filter((x) => x.kind === 'txn').length;
  const hidden = server.logLength - txns;
  // The commit watermark sits above the first logged-only txn when something committed (a txn
  // or the snapshot, which holds only committed state) precedes it.
  const watermark = items.findIndex((x) => x.kind === 'txn' && !x.committed);
  return (
    <g className="log-column" transform={`translate(${COL_X},0)`}>
      {/* How many transactions the log holds when the column shows only its newest. */}
      <text className="log-title" x={COL_W / 2} y={SLOT_TOP - 5}>
        {hidden > 0 ? t('card.logCount', { count: server.logLength }) : t('card.log')}
      </text>
      {items.length === 0 && (
        <rect
          className="log-empty-box"
          y={SLOT_TOP}
          width={COL_W}
          height={SLOT_H * LOG_SLOTS + LOG_SLOTS - 1}
          rx={2}
        />
      )}
      {items.map((item, i) => (
        <g
          key={`${item.kind}:${item.zxid.epoch}:${item.zxid.counter}`}
          data-zxid={formatZxid(item.zxid)}
          transform={`translate(0,${SLOT_TOP + i * (SLOT_H + 1)})`}
        >
          {item.kind === 'snapshot' ? (
            <>
              {/* A snapshot is a pill, a txn a box: told apart by shape, not colour alone. */}
              <rect className="snapshot-slot" width={COL_W} height={SLOT_H} rx={SLOT_H / 2} />
              <text className="snapshot-label" x={COL_W / 2} y={SLOT_H - 3}>
                {shortZxid(item.zxid)}
              </text>
              <title>{t('card.snapshot', { zxid: formatZxid(item.zxid) })}</title>
            </>
          ) : (
            <>
              <rect
                className={item.committed ? 'txn committed' : 'txn pending'}
                width={COL_W}
                height={SLOT_H}
                rx={2}
              />
              <text className="txn-label" x={COL_W / 2} y={SLOT_H - 3}>
                {shortZxid(item.zxid)}
              </text>
            </>
          )}
        </g>
      ))}
      {watermark > 0 && (
        <line
          className="watermark"
          x1={-3}
          x2={COL_W + 3}
          y1={SLOT_TOP + watermark * (SLOT_H + 1) - 1}
          y2={SLOT_TOP + watermark * (SLOT_H + 1) - 1}
        />
      )}
    </g>
  );
}

/** How many LOOKING voters propose this server, against the quorum: the election's tally. */
function Tally({ backers, quorum, t }: { backers: number; quorum: number; t: T }) {
  if (backers === 0) return null;
  const reached = backers >= quorum;
  return (
    <text className={reached ? 'card-tally quorum' : 'card-tally'} x={12} y={112}>
      {t(reached ? 'card.tallyQuorum' : 'card.tally', { count: backers, quorum })}
    </text>
  );
}

function Body({ server, t }: { server: ServerView; t: T }) {
  const s = server;
  if (s.state === 'LOOKING' && s.vote) {
    return (
      <>
        <text className="card-phase" x={12} y={48}>
          {t('card.round', { round: s.vote.round })}
        </text>
        <text className="card-main" x={12} y={70}>
          {t('card.votesFor', { leader: s.vote.leader })}
        </text>
        <text className="card-sub" x={12} y={89}>
          {t('card.voteDetail', { zxid: shortZxid(s.vote.zxid), peerEpoch: s.vote.peerEpoch })}
        </text>
      </>
    );
  }
  // A replayed server says what its logs cannot tell (docs/LOGS.md), instead of a guess.
  const real = s.real && s.real.status !== 'logged' ? s.real.status : null;
  const phase = real
    ? t(`replay.status.${real}`)
    : s.state === 'DOWN'
      ? t(s.notStarted ? 'card.notStarted' : 'card.crashed')
      : s.phase
        ? t(`phase.${s.phase}`)
        : '';
  const num = (field: 'currentEpoch' | 'acceptedEpoch', v: number) =>
    s.real && !s.real.known.includes(field) ? '?' : v;
  const zxidText = (z: ServerView['lastZxid']) =>
    s.real && !s.real.known.includes('lastZxid') ? '?' : shortZxid(z);
  const follows =
    (s.state === 'FOLLOWING' || s.state === 'OBSERVING') && s.leader !== null
      ? ` · ${t('card.follows', { leader: s.leader })}`
      : '';
  return (
    <>
      <text className="card-phase" x={12} y={48}>
        {phase}
        {follows}
      </text>
      <text className="card-main" x={12} y={70}>
        {t('card.epoch', { epoch: num('currentEpoch', s.currentEpoch) })}
        <tspan className="card-aside">{` ${t('card.accepted', { epoch: num('acceptedEpoch', s.acceptedEpoch) })}`}</tspan>
      </text>
      <text className="card-sub" x={12} y={89}>
        {s.state === 'DOWN' || s.real
          ? t('card.lastZxid', { zxid: zxidText(s.lastZxid) })
          : t('card.processedZxid', { zxid: shortZxid(s.database.voteZxid) })}
      </text>
    </>
  );
}

function ServerCardView({
  place,
  scale,
  server,
  backers,
  quorum,
  selected,
  group,
  drafting,
  t,
  onBody,
  onPower,
}: ServerCardProps) {
  const style = STATE_STYLE[server.state];
  const down = server.state === 'DOWN';
  const label = serverLabel(server, t, backers, quorum);
  const powerLabel = t(down ? 'card.restart' : 'card.crash', { sid: server.sid });
  const classes = [
    'server',
    `state-${server.state.toLowerCase()}`,
    selected ? 'selected' : '',
    server.frozen ? 'frozen' : '',
    group === 'B' ? 'group-b' : '',
  ];
  return (
    <g
      className={classes.join(' ')}
      transform={`translate(${place.x - (W * scale) / 2},${place.y - (H * scale) / 2}) scale(${scale})`}
      data-sid={server.sid}
    >
      <g
        className="server-body"
        role="button"
        tabIndex={0}
        aria-label={label}
        aria-pressed={drafting ? group === 'B' : selected}
        onClick={() => onBody(server.sid)}
        onKeyDown={activate(() => onBody(server.sid))}
      >
        <rect className="card-focus" x={-5} y={-5} width={W + 10} height={H + 10} rx={14} />
        <rect
          className="card"
          width={W}
          height={H}
          rx={10}
          style={{ stroke: style.stroke }}
          strokeDasharray={style.dash ?? undefined}
        />
        <path
          className="card-head"
          d={`M0,10a10,10 0 0 1 10,-10H${W - 10}a10,10 0 0 1 10,10V30H0Z`}
          style={{ fill: style.fill }}
        />
        <text className="card-glyph" x={12} y={21} style={{ fill: style.ink }} aria-hidden="true">
          {style.glyph}
        </text>
        <text className="card-sid" x={30} y={22}>
          S{server.sid}
        </text>
        <text className="card-state" x={W - 38} y={20} style={{ fill: style.ink }}>
          {server.real && server.notStarted ? '?' : server.state}
        </text>

        <Body server={server} t={t} />
        {server.state === 'LOOKING' && !server.frozen && (
          <Tally backers={backers} quorum={quorum} t={t} />
        )}
        <LogColumn server={server} t={t} />
        {server.frozen && (
          <g className="frozen-badge" transform={`translate(12,${H - 12})`}>
            <text>{t('card.frozen', { count: server.backlog })}</text>
          </g>
        )}
      </g>
      {server.observer && server.state !== 'OBSERVING' && (
        <text className="card-badge" x={2} y={-4}>
          {t('card.observer')}
        </text>
      )}
      {group && (
        <text className={`group-tag group-${group}`} x={W - 2} y={-4}>
          {t('card.group', { group })}
        </text>
      )}
      {/* Real logs cannot be changed: a replayed server has no power button. */}
      {!server.real && (
        <g
          className={down ? 'power restart' : 'power crash'}
          role="button"
          tabIndex={0}
          aria-label={powerLabel}
          transform={`translate(${W - 17},15)`}
          onClick={() => onPower(server)}
          aria-keyshortcuts="Enter"
          data-space-plays=""
          onKeyDown={activate(() => onPower(server), POWER_KEYS)}
        >
          <title>{powerLabel}</title>
          <circle r={12} />
          <path d={down ? 'M-3.5,-5.5L5,0L-3.5,5.5Z' : 'M0,-6.5V-1M-4.6,-4.2a6,6 0 1,0 9.2,0'} />
        </g>
      )}
    </g>
  );
}

export const ServerCard = memo(ServerCardView);
