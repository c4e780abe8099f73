import path from 'node:path';

/** What `npm start` should open. */
export type LaunchChoice =
  | { kind: 'electron'; executable: string }
  | { kind: 'download' }
  | { kind: 'browser'; reason: string };

export interface ElectronInstall {
  /** node_modules/electron, or null when the package is not installed at all. */
  packageDir: string | null;
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  exists: (file: string) => boolean;
  /** A file's text, or null when it does not exist. */
  readText: (file: string) => string | null;
  /** Whether the Electron binary download was already attempted in this run. */
  downloadTried: boolean;
}

const DEFAULT_EXECUTABLE: Partial<Record<NodeJS.Platform, string>> = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

/**
 * Decide how to open Bid Desk, following the electron package's own rules (node_modules/
 * electron/index.js): `ELECTRON_OVERRIDE_DIST_PATH` wins when set; otherwise the binary named in
 * path.txt under dist/. A missing binary is downloaded once (unless ELECTRON_SKIP_BINARY_DOWNLOAD
 * is set); when that fails too, Bid Desk opens in the browser, with one sentence saying why.
 */
export function chooseLaunch(install: ElectronInstall): LaunchChoice {
  const { packageDir } = install;
  const named =
    packageDir === null
      ? null
      : install.readText(path.join(packageDir, 'path.txt'))?.trim() || null;
  const executableName = named ?? DEFAULT_EXECUTABLE[install.platform] ?? 'electron';
  const override = install.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const executable = path.join(override, executableName);
    if (install.exists(executable)) return { kind: 'electron', executable };
    return {
      kind: 'browser',
      reason: `ELECTRON_OVERRIDE_DIST_PATH points to ${override}, which has no Electron in it, so Bid Desk is opening in your web browser instead.`,
    };
  }
  if (packageDir === null) {
    return {
      kind: 'browser',
      reason:
        'Electron is not installed here (run npm install to add it), so Bid Desk is opening in your web browser instead.',
    };
  }
  if (named) {
    const executable = path.join(packageDir, 'dist', named);
    if (install.exists(executable)) return { kind: 'electron', executable };
  }
  if (!install.downloadTried && !install.env.ELECTRON_SKIP_BINARY_DOWNLOAD)
    return { kind: 'download' };
  return {
    kind: 'browser',
    reason:
      'Electron is not installed here and could not be downloaded, so Bid Desk is opening in your web browser instead.',
  };
}
