/**
 * `touchpoint-collector`: parses flags and environment, starts the collector, prints where it
 * listens, and closes the database on SIGINT/SIGTERM.
 */
import { USAGE, parseCliArgs, startupLines } from './cli/args.js';
import { startCollector, type RunningCollector } from './index.js';

async function main(): Promise<void> {
  const parsed = parseCliArgs(process.argv.slice(2), process.env);
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`touchpoint-collector: ${parsed.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  for (const warning of parsed.warnings) console.warn(`touchpoint-collector: ${warning}`);

  // Handlers go in before anything is printed: whoever reads the URLs may signal at once.
  let collector: RunningCollector | undefined;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`Received ${signal}, closing…`);
    // Still starting: the code after startCollector closes it once it is open.
    if (!collector) return;
    collector.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('touchpoint-collector: error while closing:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  try {
    collector = await startCollector(parsed.options);
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    const message =
      err.code === 'EADDRINUSE'
        ? `port ${parsed.options.port} on ${parsed.options.host} is already in use (try --port 0)`
        : err.message;
    process.stderr.write(`touchpoint-collector: ${message}\n`);
    process.exit(1);
  }
  // A signal that arrived while starting: close what just opened.
  if (stopping) {
    await collector.close();
    process.exit(0);
  }
  for (const line of startupLines(collector.url, collector.adminToken)) console.log(line);
}

void main();
