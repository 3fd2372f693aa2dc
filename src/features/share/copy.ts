/** One-click copy with an honest outcome: 'copied', or 'failed' so the caller can offer the text to select. */
import { useCallback, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

export async function copyText(text: string): Promise<boolean> {
  try {
    // Missing on insecure origins and in frames without clipboard-write permission.
    if (typeof navigator === 'undefined' || (navigator.clipboard as Clipboard | undefined) === undefined) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function useCopy(): { readonly state: CopyState; readonly copy: (text: string) => Promise<void>; readonly reset: () => void } {
  const [state, setState] = useState<CopyState>('idle');
  const copy = useCallback(async (text: string) => {
    setState('idle');
    setState((await copyText(text)) ? 'copied' : 'failed');
  }, []);
  const reset = useCallback(() => {
    setState('idle');
  }, []);
  return { state, copy, reset };
}

/** The address the wizard is served from (origin plus the app's base path), for links and snippets. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}
