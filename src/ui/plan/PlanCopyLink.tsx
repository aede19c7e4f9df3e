/**
 * "Copy link": puts the link to this plan (the page's address with the plan's hash,
 * planLink.ts) on the clipboard, and says so. Without clipboard permission it says where the
 * link is instead: the address bar holds it already, since the controller keeps it there. The
 * button and its message are placed apart (the message under the panel's heading), so the state
 * lives in a hook.
 */
import { useState } from 'react';
import type { MessageKey } from '../i18n/en';
import { useAppStore } from '../store/appStore';
import { encodePlanHash } from './planLink';

export function usePlanCopyLink(): { copy: () => Promise<void>; message: MessageKey | null } {
  const inputs = useAppStore((s) => s.planInputs);
  const [outcome, setOutcome] = useState<{ ok: boolean; for: typeof inputs } | null>(null);
  const copy = async () => {
    const url = new URL(window.location.href);
    url.hash = encodePlanHash(inputs);
    try {
      await navigator.clipboard.writeText(url.href);
      setOutcome({ ok: true, for: inputs });
    } catch {
      setOutcome({ ok: false, for: inputs });
    }
  };
  // A change of an input makes the message stale: the clipboard holds the older plan.
  const current = outcome !== null && outcome.for === inputs ? outcome : null;
  const message =
    current === null ? null : current.ok ? 'plan.link.copied' : 'plan.link.copyFailed';
  return { copy, message };
}
