import { hasNativeDialog, useImportStore } from './import-store';
import './import.css';

export const IMPORT_INPUT_ID = 'import-notice-files';

/**
 * Open the way to import: the native dialog in Electron, the file picker in a browser. Used by
 * the header button, the empty state and Ctrl/Cmd+O.
 */
export async function openImportPicker(): Promise<void> {
  const usedNative = await useImportStore.getState().chooseFiles();
  if (!usedNative) document.getElementById(IMPORT_INPUT_ID)?.click();
}

/**
 * The import control in the header: a real file input (so it works with the keyboard, screen
 * readers and test drivers) styled as a button, labelled "Import notice files".
 */
export function ImportButton() {
  const importFiles = useImportStore((s) => s.importFiles);
  const chooseFiles = useImportStore((s) => s.chooseFiles);
  return (
    <label className="button button-primary import-button" htmlFor={IMPORT_INPUT_ID}>
      <input
        id={IMPORT_INPUT_ID}
        className="visually-hidden"
        type="file"
        multiple
        accept=".json,.txt,application/json,text/plain"
        aria-label="Import notice files"
        onClick={(e) => {
          // Electron shows its own dialog (with paths main can read); the browser uses this input.
          if (hasNativeDialog()) {
            e.preventDefault();
            void chooseFiles();
          }
        }}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          void importFiles(files);
        }}
      />
      Import notice files…
    </label>
  );
}
