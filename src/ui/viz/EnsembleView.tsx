/**
 * The ensemble: server cards on a ring, the links between them, and the time layer (messages,
 * drops, heartbeats) on top. React draws what changes with simulation events; the time layer is
 * redrawn by a store subscription whenever the frame or the display time changes, so nothing
 * runs while the view is paused and idle.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ServerView } from '../../protocol/frame';
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { appStore, useAppStore } from '../store/appStore';
import { dropWindowFor } from '../player/speeds';
import { LinksLayer, type LinkServer } from './LinksLayer';
import { viewBoxFor, type Box, type CardPlace } from './ringLayout';
import { ServerCard } from './ServerCard';
import { electionPicture, type VoteArrow } from './votes';
import { VotesLayer } from './VotesLayer';
import { drawTimeLayer } from './timeLayer';
import { MessagePopover } from './MessagePopover';
import { usePickedMessage } from './usePickedMessage';
import { ClientsLayer } from './clients/ClientsLayer';
import { ensembleLayout } from './clients/clientLayout';

function groupFor(
  sid: number,
  partition: number[][] | null,
  draft: number[] | null,
): 'A' | 'B' | null {
  if (draft) return draft.includes(sid) ? 'B' : 'A';
  if (!partition) return null;
  const i = partition.findIndex((g) => g.includes(sid));
  return i <= 0 ? 'A' : 'B';
}

/** The sid, state and leader of each server, back from roleKey. */
function rolesOf(key: string): LinkServer[] {
  if (key === '') return [];
  return key.split(',').map((part) => {
    const [sid, state, leader] = part.split(':');
    return {
      sid: Number(sid),
      state: state as ServerView['state'],
      leader: leader ? Number(leader) : null,
    };
  });
}

function arrowsOf(key: string): VoteArrow[] {
  if (key === '') return [];
  return key.split(',').map((part) => {
    const [from, to] = part.split('>');
    return { from: Number(from), to: Number(to) };
  });
}

export function EnsembleView() {
  const t = useT();
  const ctl = useController();
  const servers = useAppStore((s) => s.frame?.servers ?? null);
  const partition = useAppStore((s) => s.frame?.partition ?? null);
  const selected = useAppStore((s) => s.selected);
  const draft = useAppStore((s) => s.partitionDraft);
  const timeRef = useRef<SVGGElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<Box>(() => viewBoxFor(0, 0));
  const picked = usePickedMessage(wrapRef, ctl, t);

  // The view box is the space on screen in px, so the ring uses all of it and text keeps its size.
  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = viewBoxFor(entry.contentRect.width, entry.contentRect.height);
      setBox((b) => (b.height === next.height && b.width === next.width ? b : next));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const sidKey = servers?.map((s) => s.sid).join(',') ?? '';
  // Clients sit outside the ring (issue 15): in the corners it leaves, then in a band below it.
  const clientCount = useAppStore((s) => s.frame?.clients?.clients.length ?? 0);
  const {
    ring: layout,
    bandHeight: band,
    chips,
  } = useMemo(
    () => ensembleLayout(sidKey ? sidKey.split(',').map(Number) : [], clientCount, box),
    [sidKey, box, clientCount],
  );
  const { places, scale } = layout;
  // Taller (or wider) than the space on screen when the cards need it: the wrap then scrolls.
  const drawn = { width: layout.box.width, height: layout.box.height + band };
  const placeBySid = useMemo(() => new Map(places.map((p) => [p.sid, p])), [places]);

  // Redraw the time layer on every change of frame, display time or motion preference.
  useEffect(() => {
    const draw = () => {
      const s = appStore.getState();
      if (!timeRef.current || !s.frame) return;
      drawTimeLayer(timeRef.current, {
        frame: s.frame,
        displayMs: s.displayMs,
        places: placeBySid,
        scale,
        reducedMotion: s.reducedMotion,
        dropWindowMs: dropWindowFor(s.speedIndex),
        t,
        onPick: picked.open,
      });
    };
    draw();
    return appStore.subscribe((s, prev) => {
      if (
        s.frame !== prev.frame ||
        s.displayMs !== prev.displayMs ||
        s.reducedMotion !== prev.reducedMotion
      )
        draw();
    });
  }, [placeBySid, scale, t, picked.open]);

  const onBody = useCallback(
    (sid: number) => {
      const s = appStore.getState();
      if (s.partitionDraft) s.togglePartitionMember(sid);
      else ctl.select(s.selected === sid ? null : sid);
    },
    [ctl],
  );
  const onPower = useCallback(
    (server: ServerView) => {
      ctl.act({ do: server.state === 'DOWN' ? 'restart' : 'crash', sid: server.sid });
    },
    [ctl],
  );

  // Frames replace a server's object whenever anything on its card changes (its log, on nearly
  // every frame while writes flow), but the links and the vote arrows show only roles and votes:
  // keyed by those, they re-render when a role or a vote changes (issue 15, item 6).
  const roleKey = servers?.map((s) => `${s.sid}:${s.state}:${s.leader ?? ''}`).join(',') ?? '';
  const linkServers = useMemo(() => rolesOf(roleKey), [roleKey]);
  const election = useMemo(() => electionPicture(servers ?? []), [servers]);
  const arrowKey = election.arrows.map((a) => `${a.from}>${a.to}`).join(',');
  const arrows = useMemo(() => arrowsOf(arrowKey), [arrowKey]);
  const count = servers?.length ?? 0;
  return (
    <div className="ensemble-wrap" ref={wrapRef} tabIndex={-1}>
      <h2 id="ensemble-title" className="visually-hidden">
        {t('viz.title')}
      </h2>
      <svg
        className="ensemble"
        viewBox={`0 0 ${drawn.width} ${drawn.height}`}
        width={drawn.width}
        height={drawn.height}
        role="group"
        aria-label={t('viz.label', { count })}
      >
        {servers && (
          <LinksLayer places={places} scale={scale} servers={linkServers} partition={partition} />
        )}
        {clientCount > 0 && <ClientsLayer centres={chips} places={placeBySid} t={t} />}
        <VotesLayer places={placeBySid} scale={scale} arrows={arrows} />
        {servers?.map((s) => (
          <ServerCard
            key={s.sid}
            place={placeBySid.get(s.sid) as CardPlace}
            scale={scale}
            server={s}
            backers={election.tally.get(s.sid)?.count ?? 0}
            quorum={election.tally.get(s.sid)?.quorum ?? 0}
            selected={selected === s.sid}
            group={groupFor(s.sid, partition, draft)}
            drafting={draft !== null}
            t={t}
            onBody={onBody}
            onPower={onPower}
          />
        ))}
        {/* Only the messages are controls (buttons named after them); the rest is picture. */}
        <g ref={timeRef} className="time-layer">
          <g className="heartbeats" aria-hidden="true" />
          <g className="drops" aria-hidden="true" />
          <g className="messages" role="group" aria-label={t('msg.inFlight')} />
          <g className="msg-labels" aria-hidden="true" />
        </g>
      </svg>
      {picked.view && <MessagePopover {...picked.view} t={t} />}
      {!servers && <p className="loading">{t('viz.loading')}</p>}
    </div>
  );
}
