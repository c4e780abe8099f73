import { useEffect } from 'react';
import { BuyersView } from '../features/buyers';
import { DemoBanner } from '../features/demo';
import {
  DropZone,
  ImportButton,
  ImportPanel,
  ImportPanelToggle,
  openImportPicker,
  RereadNotice,
  useImportStore,
} from '../features/import';
import { OpportunityView } from '../features/opportunity';
import { PipelineView, usePipelineMarks } from '../features/pipeline';
import { EditOpportunityScreen, NewOpportunityScreen } from '../features/entry';
import { SettingsView } from '../features/settings';
import { CalendarView } from '../features/timeline';
import { ThisWeekView } from '../features/this-week';
import { useOutcomesByOpportunity } from './outcome-queries';
import { useHasDemoData, useOpportunities } from './queries';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { navigate, useRoute, type Route } from './router';

/** The window: header with import, banners, the current screen, the import panel. */
export function App() {
  const route = useRoute();
  const records = useOpportunities();
  const outcomes = useOutcomesByOpportunity();
  const marks = usePipelineMarks();
  const hasDemo = useHasDemoData();
  // The screen waits for everything the pipeline shows. Arriving after the rows, the demo banner
  // would push them down, and an outcome line would make its row taller and move those below:
  // either moves a row under the user's pointer, and the click meant for it is lost.
  const loaded =
    records !== undefined && outcomes !== undefined && marks !== undefined && hasDemo !== undefined;
  const lastMessage = useImportStore((s) => s.lastMessage);
  useKeyboardShortcuts();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <a className="brand" href="#/" aria-label="Bid Desk — pipeline">
          Bid Desk
        </a>
        <nav aria-label="Main">
          <a href="#/" aria-current={route.name === 'pipeline' ? 'page' : undefined}>
            Pipeline
          </a>
          <a href="#/this-week" aria-current={route.name === 'this-week' ? 'page' : undefined}>
            This week
          </a>
          <a href="#/calendar" aria-current={route.name === 'calendar' ? 'page' : undefined}>
            Calendar
          </a>
          <a href="#/buyers" aria-current={route.name === 'buyers' ? 'page' : undefined}>
            Buyers
          </a>
          <a href="#/settings" aria-current={route.name === 'settings' ? 'page' : undefined}>
            Settings
          </a>
        </nav>
        <ImportPanelToggle />
        <ImportButton />
      </header>
      <DemoBanner hasDemo={hasDemo ?? false} />
      <RereadNotice />
      <main id="main" className="app-main" data-ready={loaded}>
        <ScreenErrorBoundary key={screenKey(route)} name={screenName(route)}>
          {!loaded ? (
            <p className="loading">Opening your pipeline…</p>
          ) : route.name === 'this-week' ? (
            <ThisWeekView />
          ) : route.name === 'calendar' ? (
            <CalendarView />
          ) : route.name === 'buyers' ? (
            <BuyersView />
          ) : route.name === 'settings' ? (
            <SettingsView />
          ) : route.name === 'new-opportunity' ? (
            <NewOpportunityScreen />
          ) : route.name === 'edit-opportunity' ? (
            <EditOpportunityScreen id={route.id} />
          ) : route.name === 'opportunity' ? (
            <OpportunityView id={route.id} tab={route.tab} />
          ) : (
            <PipelineView records={records} outcomes={outcomes} marks={marks} />
          )}
        </ScreenErrorBoundary>
      </main>
      <ImportPanel />
      <p className="visually-hidden" role="status" aria-live="polite">
        {lastMessage}
      </p>
      <DropZone />
    </div>
  );
}

/** Each screen (and each opportunity's tab) gets its own error boundary: moving on tries again. */
function screenKey(route: Route): string {
  if (route.name === 'edit-opportunity') return `edit:${route.id}`;
  return route.name === 'opportunity' ? `opportunity:${route.id}:${route.tab}` : route.name;
}

/** The screen's name as the error boundary says it ("The pipeline cannot be shown"). */
function screenName(route: Route): string {
  switch (route.name) {
    case 'pipeline':
      return 'The pipeline';
    case 'this-week':
      return 'This week';
    case 'calendar':
      return 'The calendar';
    case 'buyers':
      return 'Buyers';
    case 'settings':
      return 'Settings';
    case 'opportunity':
      return 'This opportunity';
    case 'new-opportunity':
      return 'The new opportunity form';
    case 'edit-opportunity':
      return 'The opportunity form';
  }
}

/** Ctrl/Cmd+O imports; Ctrl/Cmd+F or "/" finds in the pipeline. */
function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const mod = e.ctrlKey || e.metaKey;
      const typing =
        e.target instanceof HTMLInputElement ||
        e.target instanceof HTMLTextAreaElement ||
        e.target instanceof HTMLSelectElement;
      if (mod && e.key.toLowerCase() === 'o') {
        e.preventDefault();
        void openImportPicker();
      } else if ((mod && e.key.toLowerCase() === 'f') || (e.key === '/' && !typing)) {
        e.preventDefault();
        focusSearch();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** Go to the pipeline and put the cursor in its search box. */
export function focusSearch(): void {
  if (window.location.hash && window.location.hash !== '#/') navigate('#/');
  window.setTimeout(() => document.getElementById('pipeline-search')?.focus(), 0);
}
