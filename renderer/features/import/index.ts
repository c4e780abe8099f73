/** What the rest of the app may use from Import (the feature's public entry). */
export { DropZone } from './DropZone';
export { ImportButton, openImportPicker } from './ImportButton';
export { ImportPanel, ImportPanelToggle } from './ImportPanel';
export { useImportStore } from './import-store';
export { RereadNotice } from './RereadNotice';
export { rereadStoredFilesOnStart } from './reread-store';
