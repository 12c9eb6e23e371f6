/**
 * The `readout` executable (bin/readout.js imports this). Only src/cli/ writes to stdout
 * and stderr.
 */
import { processIo } from './io.js';
import { main } from './run.js';

// A reader may stop early (`readout events | head`); that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), processIo());
