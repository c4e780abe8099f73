import { useSyncExternalStore } from 'react';

/** Where the user is. Hash routes work from file://, app:// and http:// alike. */
export type Route = { name: 'pipeline' } | { name: 'opportunity'; id: string };

/** Read a hash like `#/opportunities/<id>`; anything unknown is the pipeline. */
export function parseRoute(hash: string): Route {
  const match = /^#\/opportunities\/([^/?#]+)$/.exec(hash);
  return match
    ? { name: 'opportunity', id: decodeURIComponent(match[1] as string) }
    : { name: 'pipeline' };
}

export function opportunityHref(id: string): string {
  return `#/opportunities/${encodeURIComponent(id)}`;
}

export function navigate(href: string): void {
  window.location.hash = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
