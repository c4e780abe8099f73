/**
 * A bare page around the real browser bridge, so the E2E suite can prove the import worker in
 * Chromium (bundling, CSP, File streams, cancellation) independently of the app's screens.
 * `?cancel=first-progress` cancels each job when its first progress update arrives.
 */
import type { ImportUpdate } from '../../renderer/bridge/bridge';
import { createBrowserBridge } from '../../renderer/bridge/browser-bridge';

export interface ProbeState {
  updates: ImportUpdate[];
  jobIds: string[];
}

declare global {
  interface Window {
    probe: ProbeState;
  }
}

const bridge = createBrowserBridge();
const state: ProbeState = { updates: [], jobIds: [] };
window.probe = state;
const cancelOnProgress = new URLSearchParams(location.search).get('cancel') === 'first-progress';
const input = document.querySelector<HTMLInputElement>('input[type=file]');
const list = document.getElementById('updates');
const doneCount = document.getElementById('done-count');

bridge.onImportUpdate((update) => {
  state.updates.push(update);
  if (cancelOnProgress && update.phase === 'reading') bridge.cancelImport(update.jobId);
  const item = document.createElement('li');
  item.dataset.phase = update.phase;
  item.textContent = `${update.fileName}: ${update.phase} ${update.bytesRead}`;
  list?.append(item);
  if (doneCount) {
    doneCount.textContent = String(state.updates.filter((u) => u.phase === 'done').length);
  }
});

input?.addEventListener('change', () => {
  const files = [...(input.files ?? [])];
  input.value = '';
  void bridge.importFiles(files).then((ids) => state.jobIds.push(...ids));
});
