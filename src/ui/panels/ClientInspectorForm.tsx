/**
 * The client form (issue 15): one ZooKeeper API call (create, setData, getData, exists,
 * getChildren, delete, sync) by the selected client, sent as a timeline command. Fields are
 * checked here with a message naming what is wrong; the worker validates again and refuses with
 * the validator's message.
 */
import { useState } from 'react';
import type { UserClientAction } from '../../protocol/clientActions';
import { CREATE_MODES, type CreateMode } from '../../sim/vocabulary';
import { useController } from '../controllerContext';
import { useT } from '../i18n/useT';
import { ClientFormShell } from './ClientFormShell';

const OPS = ['create', 'set', 'get', 'exists', 'children', 'delete', 'sync'] as const;
type Op = (typeof OPS)[number];

/** A ZooKeeper path as the validator accepts it, roughly: absolute, no trailing slash. */
export function pathOk(path: string): boolean {
  return path === '/' || (/^\/[^\s]*$/.test(path) && !path.endsWith('/') && !path.includes('//'));
}

export function actionFor(
  client: string,
  op: Op,
  path: string,
  data: string,
  mode: CreateMode,
  version: number,
  watch: boolean,
): UserClientAction {
  switch (op) {
    case 'create':
      return { do: 'create', client, path, data, mode };
    case 'set':
      return { do: 'set', client, path, data, version };
    case 'delete':
      return { do: 'delete', client, path, version };
    case 'sync':
      return { do: 'sync', client, path };
    default:
      return { do: op, client, path, watch };
  }
}

export function ClientInspectorForm({ client, path0 }: { client: string; path0: string }) {
  const t = useT();
  const ctl = useController();
  const [op, setOp] = useState<Op>('set');
  const [path, setPath] = useState(path0);
  const [data, setData] = useState('v2');
  const [mode, setMode] = useState<CreateMode>('persistent');
  const [version, setVersion] = useState('-1');
  const [watch, setWatch] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const v = Number(version);
    if (!pathOk(path)) return setError(t('clientForm.badPath'));
    if (!Number.isInteger(v) || v < -1) return setError(t('clientForm.badVersion'));
    setError(null);
    ctl.act(actionFor(client, op, path, data, mode, v, watch));
  };
  const hasData = op === 'create' || op === 'set';
  return (
    <ClientFormShell
      className=""
      title={t('clientForm.title')}
      error={error}
      submitLabel={t('clientForm.submit')}
      onSubmit={submit}
    >
      <label>
        {t('clientForm.op')}
        <select value={op} onChange={(e) => setOp(e.target.value as Op)}>
          {OPS.map((o) => (
            <option key={o} value={o}>
              {o === 'set'
                ? 'setData'
                : o === 'get'
                  ? 'getData'
                  : o === 'children'
                    ? 'getChildren'
                    : o}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('clientForm.path')}
        <input value={path} onChange={(e) => setPath(e.target.value)} />
      </label>
      {hasData && (
        <label>
          {t('clientForm.data')}
          <input value={data} onChange={(e) => setData(e.target.value)} />
        </label>
      )}
      {op === 'create' && (
        <label>
          {t('clientForm.mode')}
          <select value={mode} onChange={(e) => setMode(e.target.value as CreateMode)}>
            {CREATE_MODES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
      )}
      {(op === 'set' || op === 'delete') && (
        <label>
          {t('clientForm.version')}
          <input value={version} inputMode="numeric" onChange={(e) => setVersion(e.target.value)} />
        </label>
      )}
      {(op === 'get' || op === 'exists' || op === 'children') && (
        <label className="check">
          <input type="checkbox" checked={watch} onChange={(e) => setWatch(e.target.checked)} />
          {t('clientForm.watch')}
        </label>
      )}
    </ClientFormShell>
  );
}
