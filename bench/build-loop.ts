/**
 * For counting the instructions of one import build (see README.md): reads a package once, then
 * compiles and normalises it `builds` times, with no forced garbage collection in between. Run it
 * under valgrind with two numbers of builds; the difference in instructions, divided by the
 * difference in builds, is one build, without Node's start-up or the parse.
 *
 *   node build-loop.mjs <package.json> <builds>   (bundled with esbuild, see README.md)
 */
import { readFileSync } from 'node:fs';
import { buildOpportunities } from '../shared/import/build';
import { ProcessCollector } from '../shared/ocds/shapes';

const [file, builds] = process.argv.slice(2);
if (!file) throw new Error('usage: build-loop <package.json> <builds>');
const parsed = JSON.parse(new TextDecoder().decode(readFileSync(file))) as { releases: unknown[] };
const collector = new ProcessCollector();
for (const release of parsed.releases) collector.addRelease(release);
const processes = collector.processes();
let opportunities = 0;
for (let i = 0; i < Number(builds ?? 1); i++)
  opportunities = buildOpportunities(processes, []).length;
console.log(`${opportunities} opportunities per build`);
