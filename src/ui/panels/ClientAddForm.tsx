/**
 * "Add a client" in the server inspector (issue 15, actions by click): a new ZooKeeper client
 * whose connect string is the inspected server, sent as a client-add timeline command. The
 * session timeout is checked here against the scenario's bound, with a message naming the field;
 * the worker validates again and refuses with the validator's message.
 */
import { useState } from 'react';
import { SESSION_TIMEOUT_MS_MAX } from '../../sim/vocabulary';
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { ClientFormShell } from './ClientFormShell';
import { useAppStore } from '../store/appStore';

/** The first free id of the form c<N>, counting on from the clients the run already has. */
export function nextClientId(taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`c${n}`)) n++;
  return `c${n}`;
}

/** The requested timeout in ms when it is a whole number within the bound, else null. */
export function sessionTimeoutOk(text: string): number | null {
  const ms = Number(text);
  return Number.isInteger(ms) && ms >= 1 && ms <= SESSION_TIMEOUT_MS_MAX ? ms : null;
}

export function ClientAddForm({ sid }: { sid: number }) {
  const t = useT();
  const ctl = useController();
  const ids = useAppStore((s) => s.frame?.clients?.clients.map((c) => c.id).join('\n') ?? '');
  const [timeout, setTimeoutText] = useState('4000');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const ms = sessionTimeoutOk(timeout);
    if (ms === null) return setError(t('clientAdd.badTimeout', { max: SESSION_TIMEOUT_MS_MAX }));
    setError(null);
    const client = nextClientId(ids === '' ? [] : ids.split('\n'));
    ctl.act({ do: 'client-add', client, connect: [sid], sessionTimeoutMs: ms });
  };
  return (
    <ClientFormShell
      className="client-add-form"
      title={t('clientAdd.title', { sid })}
      error={error}
      submitLabel={t('clientAdd.submit')}
      onSubmit={submit}
    >
      <label>
        {t('clientAdd.timeout')}
        <input
          value={timeout}
          inputMode="numeric"
          onChange={(e) => setTimeoutText(e.target.value)}
        />
      </label>
    </ClientFormShell>
  );
}
