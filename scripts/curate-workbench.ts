/**
 * The curators' workbench: the check queue, phone checks, call sheets, letters and pasted reports, on
 * this computer only (127.0.0.1), writing to data/. Never part of the public build.
 * Usage: npm run curate [-- --port 5180] [--data <folder holding data/>]
 */
import { startWorkbench } from './curate/startWorkbench';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};

const server = await startWorkbench({ root: option('--data') ?? process.cwd(), port: Number(option('--port') ?? 5180) });
console.log(`Curators' workbench: ${server.url} (this computer only; Ctrl+C to stop)`);
