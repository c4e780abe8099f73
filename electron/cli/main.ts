/**
 * Bid Desk's command line: the import engine without the app. `npm run -s cli -- inspect <file>`.
 * Whatever happens, it prints one answer (JSON with --json) and never a stack trace.
 */
import { runCli } from './inspect';

const argv = process.argv.slice(2);
const json = argv.includes('--json');

function crash(): void {
  const message = 'Bid Desk stopped because of a problem in Bid Desk itself. Nothing was imported.';
  process.stdout.write(
    `${json ? JSON.stringify({ error: { code: 'internal', message } }) : `Error: ${message}`}\n`,
  );
  process.exit(2);
}
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

runCli(argv, { out: (text) => process.stdout.write(`${text}\n`) }).then((code) => {
  process.exitCode = code;
}, crash);
