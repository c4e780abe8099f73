/**
 * Packaging for Linux (AppImage, deb), Windows (NSIS installer) and macOS (dmg):
 * `npm run dist` builds for the machine it runs on, `npm run dist:dir` an unpacked app only.
 * Offline (no Electron download): `npx electron-builder --dir -c.electronDist=<unpacked electron>`.
 */
import type { Configuration } from 'electron-builder';

/** Notice files Bid Desk can open from the file manager ("Open with" / double-click). */
const fileAssociations: Configuration['fileAssociations'] = [
  {
    ext: 'json',
    name: 'OCDS notice',
    description: 'OCDS notice file from Find a Tender or Contracts Finder',
    mimeType: 'application/json',
    role: 'Viewer',
    // macOS: offer Bid Desk for these files without taking over every .json and .txt.
    rank: 'Alternate',
  },
  {
    ext: 'txt',
    name: 'Notice page',
    description: 'Notice page saved as text',
    mimeType: 'text/plain',
    role: 'Viewer',
    rank: 'Alternate',
  },
];

export const config: Configuration = {
  appId: 'org.biddesk.app',
  productName: 'Bid Desk',
  executableName: 'bid-desk',
  copyright: 'Copyright © Bid Desk contributors',
  directories: { buildResources: 'build', output: 'release' },
  // Only the built app: main, preload and the import worker (esbuild bundles with everything
  // inlined) and the renderer (Vite bundle, seeds included). No sources, tests or node_modules.
  files: ['package.json', 'dist/electron/**/*', 'dist/renderer/**/*', '!**/*.map'],
  // A worker thread is started from a real file (see electron/import/worker-runner.ts).
  asarUnpack: ['dist/electron/import-worker.cjs'],
  // Everything is bundled, so there are no native modules to rebuild.
  npmRebuild: false,
  fileAssociations,
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'build/icons',
    category: 'Office',
    synopsis: 'Bid management for UK charities bidding for public contracts',
    maintainer: 'Bid Desk maintainers <maintainers@biddesk.invalid>',
  },
  win: {
    target: ['nsis'],
    icon: 'build/icon.ico',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    shortcutName: 'Bid Desk',
  },
  mac: {
    target: ['dmg'],
    icon: 'build/icon.icns',
    category: 'public.app-category.productivity',
  },
  dmg: { title: 'Bid Desk ${version}' },
};

export default config;
