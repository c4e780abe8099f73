import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, focusSearch } from './app/App';
import { setServices } from './app/services';
import { navigate } from './app/router';
import { createStoredFileReader, getBridge } from './bridge';
import {
  getMeta,
  getUserName,
  NewerDatabaseError,
  openDatabase,
  requestPersistentStorage,
} from './db';
import { takeDailySnapshot } from './features/backup';
import { loadDemoSeeds } from './features/demo';
import { errorInWords } from './lib/error-words';
import { openImportPicker, rereadStoredFilesOnStart, useImportStore } from './features/import';
import './app/app.css';

/**
 * "Now" for the whole app. A `?now=` ISO instant in the URL fixes the clock (screenshots, demos
 * and end-to-end tests of dated notices); otherwise the real clock.
 */
function clock(): () => Date {
  const fixed = new URLSearchParams(window.location.search).get('now');
  const at = fixed ? Date.parse(fixed) : Number.NaN;
  return Number.isNaN(at) ? () => new Date() : () => new Date(at);
}

async function start(root: HTMLElement): Promise<void> {
  const render = createRoot(root);
  let db;
  try {
    db = await openDatabase();
  } catch (error: unknown) {
    render.render(<StartupError error={error} />);
    return;
  }
  const bridge = getBridge();
  const now = clock();
  // Changes are recorded under the name the user gave in Settings ("You" until they give one).
  const userName = await getUserName(db).catch(() => null);
  setServices({ db, bridge, now, user: userName ?? 'You' });
  void requestPersistentStorage();
  bridge.onImportUpdate((update) => void useImportStore.getState().handleUpdate(update));
  bridge.onMenuCommand((command) => {
    if (command === 'import') void openImportPicker();
    if (command === 'find') focusSearch();
    if (command === 'show-pipeline') navigate('#/');
  });
  // Only the very first start needs the demo notices and the engine to read them: load them
  // on demand, so every later start opens with a smaller bundle.
  if (!(await getMeta(db, 'demoSeeded'))) {
    const { seedDemoDataOnFirstRun } = await loadDemoSeeds();
    await seedDemoDataOnFirstRun(db, { now: now(), user: 'Bid Desk' });
  }
  render.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  document.documentElement.dataset.ready = 'true';
  // Notices an older Bid Desk stored keep its reading until read again: after the first render,
  // so the pipeline opens at once and updates as each file is saved.
  void rereadStoredFilesOnStart(createStoredFileReader()).catch((error: unknown) =>
    console.error('Bid Desk: stored files could not be read again:', error),
  );
  // A daily snapshot (newest 7 kept) so a mistake can be undone; after start-up, when idle,
  // because serialising a large store takes a few seconds.
  window.requestIdleCallback(() => void takeDailySnapshot(), { timeout: 10_000 });
}

function StartupError({ error }: { error: unknown }) {
  const newer = error instanceof NewerDatabaseError;
  return (
    <main className="startup-error" role="alert">
      <h1>{newer ? 'This data needs a newer Bid Desk' : 'Bid Desk could not open your data'}</h1>
      <p>{errorInWords(error)}</p>
      {!newer && <p>Your data has not been changed. Close other Bid Desk windows and try again.</p>}
    </main>
  );
}

const root = document.getElementById('root');
if (root) void start(root);
