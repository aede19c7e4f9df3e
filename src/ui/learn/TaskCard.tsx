/**
 * "Your turn" (issue 16): the task's prompt and its status, checked on every frame of the live
 * run (taskChecks.ts). The leader a task is about is the one of the story's picture, remembered
 * while the run is still the lesson's own.
 */
import { useState } from 'react';
import type { Task } from '../../learn/lesson';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { checkTask, leaderOf } from './taskChecks';
import { useLessonText } from './text';

export function TaskCard({ task }: { task: Task }) {
  const t = useT();
  const text = useLessonText();
  const frame = useAppStore((s) => s.frame);
  const commands = useAppStore((s) => s.commands);
  const changed = commands.length > 0;
  // Derived state, adjusted while rendering (React's pattern for "remember the last story leader").
  const [leader, setLeader] = useState<number | null>(null);
  const storyLeader = frame && !changed ? leaderOf(frame) : null;
  if (storyLeader !== null && storyLeader !== leader) setLeader(storyLeader);
  const crashedByLearner = commands.flatMap((c) => (c.action.do === 'crash' ? [c.action.sid] : []));
  const clientActs = commands.flatMap((c) =>
    'client' in c.action && typeof c.action.client === 'string'
      ? [{ do: c.action.do, client: c.action.client }]
      : [],
  );
  const context = { leader: storyLeader ?? leader, crashedByLearner, clientActs };
  const status = frame ? checkTask(task.kind, frame, context) : null;
  return (
    <section
      className={`learn-task ${status?.done ? 'done' : ''}`}
      aria-labelledby="learn-task-title"
    >
      <h3 id="learn-task-title">
        <span className="learn-badge">{t('learn.yourTurn')}</span> {text(task.prompt)}
      </h3>
      {status && (
        <p role="status" className="learn-task-status">
          {status.done && <strong>{t('learn.taskDone')} </strong>}
          {t(`learn.task.${status.code}` as MessageKey, status.params)}
        </p>
      )}
    </section>
  );
}
