/**
 * Bid Desk's command line: the import engine without the app. `npm run -s cli -- inspect <file>`,
 * `npm run -s cli -- timeline <file> --format ics|csv|json`. Whatever happens, it prints one
 * answer (JSON with --json, and always for `timeline`) and never a stack trace.
 */
import { runCli } from './inspect';

const argv = process.argv.slice(2);
const json = argv.includes('--json') || argv[0] === 'timeline';

function crash(): void {
  const message = 'Bid Desk stopped because of a problem in Bid Desk itself. Nothing was imported.';
  process.stdout.write(
    `${json ? JSON.stringify({ error: { code: 'internal', message } }) : `Error: ${message}`}\n`,
  );
  process.exit(2);
}
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

runCli(argv, {
  out: (text) => process.stdout.write(`${text}\n`),
  write: (text) => process.stdout.write(text),
}).then((code) => {
  process.exitCode = code;
}, crash);
