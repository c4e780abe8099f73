/** `npm run build:electron`: bundle main, preload and the import worker into dist/electron. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleElectron } from './bundle-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

bundleElectron({ root }).then(
  (files) => console.log(`Built ${files.map((file) => path.relative(root, file)).join(', ')}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
