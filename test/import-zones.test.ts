import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import zones in eslint.config.js, checked the way `npm run lint` checks a file: the
 * repository's own config, on code placed at a path in the repository (imports resolve against
 * the real files). Type-aware parsing is switched off here: the zones do not need types, and
 * without it each snippet lints in milliseconds.
 */
const eslint = new ESLint({
  cwd: new URL('..', import.meta.url).pathname,
  overrideConfig: tseslint.configs.disableTypeChecked,
});

/** The zone messages ESLint gives `code` if it were the file at `filePath`. */
async function zoneErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'boundaries/dependencies' || m.fatal)
    .map((m) => m.message);
}

const uses = (name: string) => `\nexport const used = [${name}];\n`;

describe('import zones', () => {
  it('keeps Electron and Node out of the renderer', async () => {
    const file = 'renderer/features/pipeline/new-file.ts';
    for (const code of [
      `import { ipcRenderer } from 'electron';${uses('ipcRenderer')}`,
      `import { readFileSync } from 'node:fs';${uses('readFileSync')}`,
      `import { join } from 'path';${uses('join')}`,
      `import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';${uses('CONTENT_SECURITY_POLICY')}`,
    ]) {
      expect(await zoneErrors(file, code), code).toEqual([
        expect.stringContaining('renderer/ runs in the page'),
      ]);
    }
    expect(await zoneErrors('renderer/app/new-file.ts', `import 'electron';`)).toHaveLength(1);
    expect(await zoneErrors('renderer/main.tsx', `import 'node:path';`)).toHaveLength(1);
  });

  it('keeps shared/ pure: no Node, React, Electron or app code; its own libraries pass', async () => {
    const file = 'shared/notice/new-file.ts';
    for (const code of [
      `import { readFileSync } from 'node:fs';${uses('readFileSync')}`,
      `import { useState } from 'react';${uses('useState')}`,
      `import { app } from 'electron';${uses('app')}`,
      `import Dexie from 'dexie';${uses('Dexie')}`,
      `import { services } from '../../renderer/app/services';${uses('services')}`,
    ]) {
      expect(await zoneErrors(file, code), code).toEqual([
        expect.stringContaining('shared/ is pure domain code'),
      ]);
    }
    const fine = `import { z } from 'zod';\nimport { ukDay } from './instants';${uses('z, ukDay')}`;
    expect(await zoneErrors(file, fine)).toEqual([]);
  });

  it('keeps renderer code out of electron/', async () => {
    const code = `import { getBridge } from '../renderer/bridge';${uses('getBridge')}`;
    expect(await zoneErrors('electron/new-file.ts', code)).toEqual([
      expect.stringContaining('electron/ imports no renderer code'),
    ]);
    const fine = `import { JobId } from '../shared/ipc/contract';${uses('JobId')}`;
    expect(await zoneErrors('electron/new-file.ts', fine)).toEqual([]);
  });

  it('keeps test and benchmark code out of the product, wherever it lives', async () => {
    const file = 'renderer/db/new-file.ts';
    for (const code of [
      `import { corpusJson } from '../../test/corpus';${uses('corpusJson')}`,
      `import { describe } from 'vitest';${uses('describe')}`,
      `import 'fake-indexeddb/auto';`,
      `import { prng } from '../../bench/generate-packages';${uses('prng')}`,
      // A test file's (or test helper's) name gives it away beside product code too.
      `import './backup/backup.test';`,
    ]) {
      expect(await zoneErrors(file, code), code).toEqual([
        expect.stringContaining('Product code imports no test or benchmark code'),
      ]);
    }
    // Test files may.
    const helper = `import { corpusJson } from '../../test/corpus';${uses('corpusJson')}`;
    expect(await zoneErrors('renderer/db/new-file.test.ts', helper)).toEqual([]);
  });

  it('lets a feature use another only through its index.ts', async () => {
    const deep = `import { DecisionTab } from '../decision/DecisionTab';${uses('DecisionTab')}`;
    expect(await zoneErrors('renderer/features/settings/new-file.ts', deep)).toEqual([
      expect.stringContaining('through its index.ts'),
    ]);
    const fromShell = `import { PipelineView } from '../features/pipeline/PipelineView';${uses('PipelineView')}`;
    expect(await zoneErrors('renderer/app/new-file.ts', fromShell)).toHaveLength(1);

    const entry = `import { DecisionTab } from '../decision';${uses('DecisionTab')}`;
    expect(await zoneErrors('renderer/features/settings/new-file.ts', entry)).toEqual([]);
    const own = `import { DecisionTab } from './DecisionTab';${uses('DecisionTab')}`;
    expect(await zoneErrors('renderer/features/decision/new-file.ts', own)).toEqual([]);
  });

  it('turns on the rules of hooks in the renderer and the promise rules everywhere', async () => {
    // The config as `npm run lint` uses it, type-aware rules included. A warning fails `lint`
    // too (--max-warnings 0), so a rule counts as on at either level.
    const asLinted = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
    const on = async (file: string) => {
      const config = (await asLinted.calculateConfigForFile(file)) as {
        rules: Record<string, [number, ...unknown[]]>;
      };
      return Object.keys(config.rules).filter((rule) => (config.rules[rule]?.[0] ?? 0) > 0);
    };
    const renderer = await on('renderer/features/pipeline/PipelineView.tsx');
    expect(renderer).toEqual(
      expect.arrayContaining([
        'react-hooks/rules-of-hooks',
        'react-hooks/exhaustive-deps',
        '@typescript-eslint/no-floating-promises',
        '@typescript-eslint/no-misused-promises',
      ]),
    );
    expect(await on('electron/main.ts')).toEqual(
      expect.arrayContaining([
        '@typescript-eslint/no-floating-promises',
        '@typescript-eslint/no-misused-promises',
      ]),
    );
  });
});
