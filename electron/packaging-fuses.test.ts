import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { flipFuses, FuseV1Options, getCurrentFuseWire, type FuseConfig } from '@electron/fuses';
import { SENTINEL } from '@electron/fuses/dist/constants';
import { PlatformPackager, type FuseOptionsV1 } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  devDependencies: Record<string, string>;
};
let config: Configuration;
let scratch: string;

// Loaded by electron-builder itself, as `npm run dist` would, without packaging.
beforeAll(async () => {
  config = await getConfig(root, 'build/electron-builder.config.ts', null);
  scratch = mkdtempSync(path.join(tmpdir(), 'bid-desk-fuses-'));
}, 30_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Each fuse by electron-builder's option name, the setting Bid Desk needs and what it stops. */
const EXPECTED: [keyof FuseOptionsV1, boolean, string][] = [
  ['runAsNode', false, 'ELECTRON_RUN_AS_NODE cannot turn the app into plain Node.js'],
  ['enableNodeOptionsEnvironmentVariable', false, 'NODE_OPTIONS cannot preload code'],
  ['enableNodeCliInspectArguments', false, '--inspect cannot open a debugger'],
  ['onlyLoadAppFromAsar', true, 'only app.asar is loaded, never a loose app folder'],
  ['enableEmbeddedAsarIntegrityValidation', true, 'app.asar is checked against its hash'],
  ['enableCookieEncryption', true, 'cookies on disk are encrypted'],
  ['grantFileProtocolExtraPrivileges', false, 'file:// pages get no extra powers'],
  ['loadBrowserProcessSpecificV8Snapshot', false, 'no separate main-process V8 snapshot'],
];

/** The fuse wire electron-builder hands to @electron/fuses for `electronFuses` (it is private). */
async function wireFor(fuses: FuseOptionsV1): Promise<FuseConfig> {
  const packager = PlatformPackager.prototype as unknown as {
    generateFuseConfig(this: unknown, fuses: FuseOptionsV1): Promise<FuseConfig>;
  };
  return packager.generateFuseConfig.call({}, fuses);
}

/** Every fuse index @electron/fuses knows, in wire order. */
const FUSE_INDEXES = Object.values(FuseV1Options).filter(
  (value): value is FuseV1Options => typeof value === 'number',
);

/**
 * A stand-in for the Electron binary: only the part @electron/fuses reads and writes, the
 * sentinel, wire version 1, the wire's length, then one byte per fuse ('1' on, '0' off) as
 * Electron ships them: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on.
 */
function fakeElectronBinary(): string {
  const shipped = '10110001'.padEnd(FUSE_INDEXES.length, '0');
  const file = path.join(scratch, 'bid-desk');
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from('\x7fELF rest of the binary '),
      Buffer.from(SENTINEL),
      Buffer.from([1, FUSE_INDEXES.length]),
      Buffer.from(shipped, 'ascii'),
      Buffer.from(' more of the binary'),
    ]),
  );
  return file;
}

describe('Electron fuses in the packaged app', () => {
  it.each(EXPECTED)('sets %s to %s: %s', (name, value) => {
    expect(config.electronFuses?.[name]).toBe(value);
  });

  it('flips every fuse Electron has, as electron-builder would before signing', async () => {
    const binary = fakeElectronBinary();
    const wire = await wireFor(config.electronFuses ?? {});
    // Strict: a fuse that a newer Electron adds and the config does not decide fails here.
    await flipFuses(binary, { ...wire, strictlyRequireAllFuses: true } as FuseConfig);
    const flipped = await getCurrentFuseWire(binary);
    const state = (fuse: FuseV1Options): string => String.fromCharCode(Number(flipped[fuse]));
    expect(state(FuseV1Options.RunAsNode)).toBe('0');
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe('1');
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
    expect(state(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot)).toBe('0');
  });

  it('packs the app into app.asar, the only place onlyLoadAppFromAsar lets Electron look', () => {
    expect(config.asar).toBe(true);
    // The hash the integrity fuse checks against is only recorded when this is not set.
    expect(config.disableAsarIntegrity).toBeFalsy();
    // Main, preload and the renderer stay inside the archive; only the import worker is outside.
    expect(config.asarUnpack).toEqual(['dist/electron/import-worker.cjs']);
    expect(config.asarUnpack).not.toContain(packageJson.main);
  });
});

describe('Electron version', () => {
  const pinned = packageJson.devDependencies.electron ?? '';

  it('is pinned to one exact release of major 45, so every build ships the same Electron', () => {
    expect(pinned).toMatch(/^45\.\d+\.\d+$/);
  });

  it('is the version the README tells an offline packager to point at', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(`electron-v${pinned}-linux-x64`);
  });
});
