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

/**
 * Electron's fuses: switches compiled into the Electron binary that electron-builder flips in the
 * packaged app before signing (the app's own code cannot turn them back). Each one closes a way
 * for something outside Bid Desk (an environment variable, a command-line flag, a changed file
 * beside the app) to run its own code as Bid Desk. Every fuse is set, so none is left to
 * Electron's default (a test checks this). A development run (`npm start`) uses the unflipped
 * Electron from node_modules.
 */
export const electronFuses: NonNullable<Configuration['electronFuses']> = {
  // ELECTRON_RUN_AS_NODE would make the app a plain Node.js that runs any script. Bid Desk
  // needs no child Node process: imports run in worker threads.
  runAsNode: false,
  // NODE_OPTIONS (and NODE_EXTRA_CA_CERTS) could preload code into the main process.
  enableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk (or SIGUSR1) would open a debugger on the main process.
  enableNodeCliInspectArguments: false,
  // Only resources/app.asar, never a loose `app` folder put beside it. Needs `asar: true`.
  onlyLoadAppFromAsar: true,
  // macOS and Windows check app.asar against the hash electron-builder records at build time.
  enableEmbeddedAsarIntegrityValidation: true,
  // Cookies on disk encrypted with the OS keychain, as Chrome does. One-way: turning it off
  // again would leave the cookie store unreadable.
  enableCookieEncryption: true,
  // The renderer is served from app:// (electron/protocol), so file:// pages need no extra powers.
  grantFileProtocolExtraPrivileges: false,
  // Bid Desk ships no browser-process V8 snapshot; Electron's default, stated.
  loadBrowserProcessSpecificV8Snapshot: false,
};

export const config: Configuration = {
  appId: 'org.biddesk.app',
  productName: 'Bid Desk',
  executableName: 'bid-desk',
  copyright: 'Copyright © Bid Desk contributors',
  directories: { buildResources: 'build', output: 'release' },
  // Only the built app: main, preload and the import worker (esbuild bundles with everything
  // inlined) and the renderer (Vite bundle, seeds included). No sources, tests or node_modules.
  files: ['package.json', 'dist/electron/**/*', 'dist/renderer/**/*', '!**/*.map'],
  // One archive, app.asar: the only place Electron may load the app from (onlyLoadAppFromAsar),
  // checked against its recorded hash (enableEmbeddedAsarIntegrityValidation). Electron reads
  // inside it transparently, so app:// still serves dist/renderer from app.getAppPath().
  asar: true,
  // A worker thread is started from a real file (see electron/import/worker-runner.ts).
  asarUnpack: ['dist/electron/import-worker.cjs'],
  // Everything is bundled, so there are no native modules to rebuild.
  npmRebuild: false,
  fileAssociations,
  electronFuses,
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
