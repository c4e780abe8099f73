import { useSyncExternalStore } from 'react';

/** The parts of an opportunity's page, one tab each. */
export const OPPORTUNITY_TABS = [
  'overview',
  'decision',
  'engagement',
  'checklist',
  'plan',
  'timeline',
] as const;
export type OpportunityTab = (typeof OPPORTUNITY_TABS)[number];

/** Where the user is. Hash routes work from file://, app:// and http:// alike. */
export type Route =
  | { name: 'pipeline' }
  | { name: 'this-week' }
  | { name: 'settings' }
  | { name: 'calendar' }
  | { name: 'buyers' }
  | { name: 'new-opportunity' }
  | { name: 'edit-opportunity'; id: string }
  | { name: 'opportunity'; id: string; tab: OpportunityTab };

/** Read a hash like `#/opportunities/<id>/checklist`; anything unknown is the pipeline. */
export function parseRoute(hash: string): Route {
  if (hash === '#/this-week') return { name: 'this-week' };
  if (hash === '#/settings') return { name: 'settings' };
  if (hash === '#/calendar') return { name: 'calendar' };
  if (hash === '#/buyers') return { name: 'buyers' };
  if (hash === NEW_OPPORTUNITY_HREF) return { name: 'new-opportunity' };
  const edit = /^#\/edit\/([^/?#]+)$/.exec(hash);
  if (edit) return { name: 'edit-opportunity', id: decodeURIComponent(edit[1] as string) };
  const match = /^#\/opportunities\/([^/?#]+)(?:\/([a-z-]+))?$/.exec(hash);
  if (!match) return { name: 'pipeline' };
  const tab = (OPPORTUNITY_TABS as readonly string[]).includes(match[2] ?? '')
    ? (match[2] as OpportunityTab)
    : 'overview';
  return { name: 'opportunity', id: decodeURIComponent(match[1] as string), tab };
}

/** Where the "New opportunity" form is. */
export const NEW_OPPORTUNITY_HREF = '#/new';

/** Where the details of an opportunity entered by hand are edited. */
export function editOpportunityHref(id: string): string {
  return `#/edit/${encodeURIComponent(id)}`;
}

export function opportunityHref(id: string, tab: OpportunityTab = 'overview'): string {
  return `#/opportunities/${encodeURIComponent(id)}${tab === 'overview' ? '' : `/${tab}`}`;
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

/**
 * Go to `href` and move the focus to the element with `id` once the new screen shows it (a
 * screen renders after its data is read, so it may take a few frames; gives up after 5 s). The
 * focus tells keyboard and screen-reader users where they have been taken.
 */
export function navigateAndFocus(href: string, id: string): void {
  navigate(href);
  const until = performance.now() + 5000;
  const look = (): void => {
    const target = document.getElementById(id);
    if (target) target.focus();
    else if (performance.now() < until) window.requestAnimationFrame(look);
  };
  window.requestAnimationFrame(look);
}
