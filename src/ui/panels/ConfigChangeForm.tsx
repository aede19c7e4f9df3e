/**
 * "Change the config" (issue 15, item 4): in a run whose clients keep a configuration znode with
 * the config recipe, a person writes a new value, sent as a setData (any version) by a client they
 * choose, a timeline command like every other action. Then each watcher's NodeDataChanged, its
 * re-read and a lagging follower's later delivery play out in the picture and the data tree.
 * The value is checked against the scenario's bound, with a message naming the field; the worker
 * validates again and refuses with the validator's message.
 */
import { useMemo, useState } from 'react';
import { DATA_CHARS_MAX } from '../../sim/vocabulary';
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { ClientFormShell } from './ClientFormShell';
import { useAppStore } from '../store/appStore';

/** The configuration znode of the run: the path of the first client running the config recipe. */
export function configPathOf(
  clients: readonly { recipe: { kind: string; path: string } | null }[],
): string | null {
  return clients.find((c) => c.recipe?.kind === 'config')?.recipe?.path ?? null;
}

/** The sender offered first: a client that is not itself a watcher (the admin), else the first. */
export function defaultSender(
  clients: readonly { id: string; recipe: { kind: string } | null }[],
): string {
  return (clients.find((c) => c.recipe?.kind !== 'config') ?? clients[0])?.id ?? '';
}

export function ConfigChangeForm() {
  const t = useT();
  const ctl = useController();
  // One string, so the selection is equal from frame to frame while the clients are the same.
  const key = useAppStore((s) =>
    (s.frame?.clients?.clients ?? [])
      .map((c) => `${c.id}\t${c.recipe?.kind ?? ''}\t${c.recipe?.path ?? ''}`)
      .join('\n'),
  );
  const clients = useMemo(
    () =>
      key === ''
        ? []
        : key.split('\n').map((line) => {
            const [id = '', kind = '', path = ''] = line.split('\t');
            return { id, recipe: kind === '' ? null : { kind, path } };
          }),
    [key],
  );
  const path = configPathOf(clients);
  const [sender, setSender] = useState<string | null>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (path === null) return null;
  const from =
    sender !== null && clients.some((c) => c.id === sender) ? sender : defaultSender(clients);
  const submit = () => {
    if (value.length === 0 || value.length > DATA_CHARS_MAX)
      return setError(t('configChange.badValue', { max: DATA_CHARS_MAX }));
    setError(null);
    ctl.act({ do: 'set', client: from, path, data: value, version: -1 });
  };
  return (
    <ClientFormShell
      className="config-change"
      title={t('configChange.title', { path })}
      error={error}
      submitLabel={t('configChange.submit')}
      onSubmit={submit}
    >
      <label>
        {t('configChange.value')}
        <input value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <label>
        {t('configChange.sender')}
        <select value={from} onChange={(e) => setSender(e.target.value)}>
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.id}
            </option>
          ))}
        </select>
      </label>
    </ClientFormShell>
  );
}
