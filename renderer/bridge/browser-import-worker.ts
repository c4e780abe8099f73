/**
 * The browser's import worker: parsing a large notice file takes seconds, so it runs off the page's
 * thread. All logic lives in `import-job.ts`; this file only connects it to the worker's messages.
 */
import { createImportJobHost, type ImportWorkerRequest } from './import-job';
import type { ImportUpdate } from '../../shared/ipc/contract';

// The renderer is typed with the DOM library, not the worker one: describe the little we use.
const scope = self as unknown as {
  postMessage(message: ImportUpdate): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<ImportWorkerRequest>) => void,
  ): void;
};

const handle = createImportJobHost((update) => scope.postMessage(update));

scope.addEventListener('message', (event) => {
  void handle(event.data);
});
