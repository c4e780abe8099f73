import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import { ELECTRON_BUNDLES } from './launcher/bundle-electron';

const root = path.resolve(__dirname, '..');
const CONFIG_PATH = 'build/electron-builder.config.ts';
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};
let config: Configuration;

// Loaded and checked by electron-builder itself, as `npm run dist` would, without packaging.
beforeAll(async () => {
  config = await getConfig(root, CONFIG_PATH, null);
}, 30_000);

/** Width and height from a PNG's IHDR, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR')
    return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function targetsOf(platform: { target?: unknown } | null | undefined): unknown {
  return platform?.target;
}

describe('electron-builder configuration', () => {
  it('is the file npm run dist and dist:dir use', () => {
    expect(packageJson.scripts.dist).toContain(`--config ${CONFIG_PATH}`);
    expect(packageJson.scripts['dist:dir']).toContain(`--dir --config ${CONFIG_PATH}`);
  });

  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config.appId).toBe('org.biddesk.app');
    expect(config.productName).toBe('Bid Desk');
  });

  it('builds AppImage and deb on Linux, an NSIS installer on Windows and a dmg on macOS', () => {
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(targetsOf(config.mac)).toEqual(['dmg']);
  });

  it('associates notice files (.json and .txt) as a viewer', () => {
    const associations = config.fileAssociations as { ext: string; name: string; role: string }[];
    expect(associations.map((association) => association.ext)).toEqual(['json', 'txt']);
    expect(associations.map((association) => association.name)).toEqual([
      'OCDS notice',
      'Notice page',
    ]);
    for (const association of associations) expect(association.role).toBe('Viewer');
  });
});

describe('icons', () => {
  it('has a 512×512 PNG for every platform to derive from', () => {
    expect(pngSize(readFileSync(path.join(root, 'build', 'icon.png')))).toEqual({
      width: 512,
      height: 512,
    });
  });

  it('has a Linux icon set whose PNGs are the size their names say, 256 and 512 included', () => {
    const dir = path.join(root, config.linux?.icon as string);
    const names = readdirSync(dir);
    expect(names).toEqual(expect.arrayContaining(['256x256.png', '512x512.png']));
    for (const name of names) {
      const [width, height] = name.replace('.png', '').split('x').map(Number);
      expect(pngSize(readFileSync(path.join(dir, name))), name).toEqual({ width, height });
    }
  });

  it('has a Windows .ico with a 256 px image', () => {
    const ico = readFileSync(path.join(root, config.win?.icon as string));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => {
      const entry = 6 + 16 * i;
      const png = ico.subarray(
        ico.readUInt32LE(entry + 12),
        ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8),
      );
      return pngSize(png)?.width;
    });
    expect(sizes).toEqual([16, 32, 48, 256]);
  });

  it('has a macOS .icns with 512 px and 1024 px images', () => {
    const icns = readFileSync(path.join(root, config.mac?.icon as string));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const images = new Map<string, number | undefined>();
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      const type = icns.toString('ascii', offset, offset + 4);
      images.set(
        type,
        pngSize(icns.subarray(offset + 8, offset + icns.readUInt32BE(offset + 4)))?.width,
      );
    }
    expect(images.get('ic09')).toBe(512);
    expect(images.get('ic10')).toBe(1024);
  });
});

describe('what goes into the package', () => {
  // electron-builder's own matcher over the `files` patterns, as it copies the app.
  const included = (file: string): boolean => {
    const matchers = getFileMatchers(config, 'files', '/app', {
      macroExpander: (pattern) => pattern,
      customBuildOptions: {},
      globalOutDir: path.join(root, 'release'),
      defaultSrc: root,
    });
    expect(matchers).toHaveLength(1);
    const filter = (matchers?.[0] as NonNullable<typeof matchers>[number]).createFilter();
    const stat = { isDirectory: () => false } as Parameters<typeof filter>[1];
    return filter(path.join(root, file), stat);
  };

  it('includes package.json whose main is the bundled main process', () => {
    expect(packageJson.main).toBe(ELECTRON_BUNDLES[0].outfile);
    expect(included('package.json')).toBe(true);
  });

  it.each(ELECTRON_BUNDLES.map((bundle) => bundle.outfile))('includes %s', (file) => {
    expect(included(file)).toBe(true);
  });

  it('includes the built renderer', () => {
    expect(included('dist/renderer/index.html')).toBe(true);
    expect(included('dist/renderer/assets/index-C-fQiJcW.js')).toBe(true);
  });

  it.each([
    'electron/main.ts',
    'electron/main.test.ts',
    'shared/import/engine.ts',
    'renderer/main.tsx',
    'seeds/000_fb4168de84f5f4c3.txt',
    'dist/electron/main.cjs.map',
    'node_modules/react/index.js',
    'build/electron-builder.config.ts',
    'release/Bid Desk-0.1.0.AppImage',
  ])('leaves out %s', (file) => {
    expect(included(file)).toBe(false);
  });

  it('unpacks the import worker from app.asar, where the worker path points', () => {
    expect(config.asarUnpack).toEqual(['dist/electron/import-worker.cjs']);
  });

  it('has built resources where the config says', () => {
    expect(config.directories?.buildResources).toBe('build');
    expect(existsSync(path.join(root, 'build', 'icon.png'))).toBe(true);
  });
});
