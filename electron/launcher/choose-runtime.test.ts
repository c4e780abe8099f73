import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseLaunch, type ElectronInstall } from './choose-runtime';

const pkg = '/repo/node_modules/electron';

function install(
  files: Record<string, string>,
  overrides: Partial<ElectronInstall> = {},
): ElectronInstall {
  return {
    packageDir: pkg,
    platform: 'linux',
    env: {},
    exists: (file) => file in files,
    readText: (file) => files[file] ?? null,
    downloadTried: false,
    ...overrides,
  };
}

const pathTxt = path.join(pkg, 'path.txt');
const binary = path.join(pkg, 'dist', 'electron');

describe('chooseLaunch', () => {
  it('launches the installed Electron binary', () => {
    expect(chooseLaunch(install({ [pathTxt]: 'electron', [binary]: '' }))).toEqual({
      kind: 'electron',
      executable: binary,
    });
  });

  it('tries to download a missing binary once', () => {
    expect(chooseLaunch(install({}))).toEqual({ kind: 'download' });
    expect(chooseLaunch(install({ [pathTxt]: 'electron' }))).toEqual({ kind: 'download' });
  });

  it('opens browser mode with one sentence when the download did not help', () => {
    const choice = chooseLaunch(install({}, { downloadTried: true }));
    expect(choice).toEqual({
      kind: 'browser',
      reason:
        'Electron is not installed here and could not be downloaded, so Bid Desk is opening in your web browser instead.',
    });
  });

  it('does not try to download when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    expect(chooseLaunch(install({}, { env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })).kind).toBe(
      'browser',
    );
  });

  it('uses ELECTRON_OVERRIDE_DIST_PATH before the installed binary', () => {
    const override = '/opt/electron-45';
    const choice = chooseLaunch(
      install(
        { [pathTxt]: 'electron', [binary]: '', [path.join(override, 'electron')]: '' },
        { env: { ELECTRON_OVERRIDE_DIST_PATH: override } },
      ),
    );
    expect(choice).toEqual({ kind: 'electron', executable: path.join(override, 'electron') });
  });

  it('uses the platform’s executable name in the override when path.txt is missing', () => {
    const override = '/Applications/electron';
    const executable = path.join(override, 'Electron.app/Contents/MacOS/Electron');
    expect(
      chooseLaunch(
        install(
          { [executable]: '' },
          { platform: 'darwin', env: { ELECTRON_OVERRIDE_DIST_PATH: override } },
        ),
      ),
    ).toEqual({ kind: 'electron', executable });
  });

  it('says so when the override points at nothing, without downloading', () => {
    const choice = chooseLaunch(
      install(
        { [pathTxt]: 'electron', [binary]: '' },
        { env: { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' } },
      ),
    );
    expect(choice.kind).toBe('browser');
    expect(choice.kind === 'browser' && choice.reason).toMatch(
      /^ELECTRON_OVERRIDE_DIST_PATH points to \/nowhere/,
    );
  });

  it('opens browser mode when the electron package is not installed at all', () => {
    const choice = chooseLaunch(install({}, { packageDir: null }));
    expect(choice.kind === 'browser' && choice.reason).toMatch(/^Electron is not installed here/);
  });
});
