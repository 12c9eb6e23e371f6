/**
 * Dispatching `readout` commands. Commands load lazily so `--help` and queries start fast;
 * errors become one line on stderr and an exit code.
 */
import { COMMAND_HELP, MAIN_HELP } from './help.js';
import { isUserError, UsageError } from './errors.js';
import { packageVersion, write, type Io } from './io.js';
import type { QueryCommand } from './commands/query.js';

type Command = (args: string[], io: Io) => Promise<number>;

const query = (name: QueryCommand): (() => Promise<Command>) =>
  async () => {
    const { run } = await import('./commands/query.js');
    return (args, io) => run(name, args, io);
  };

const COMMANDS: Record<string, () => Promise<Command>> = {
  code: async () => (await import('./commands/code.js')).run,
  ingest: async () => (await import('./commands/ingest.js')).run,
  demo: async () => (await import('./commands/demo.js')).run,
  eval: async () => (await import('./commands/eval.js')).run,
  kb: async () => (await import('./commands/kb.js')).run,
  events: query('events'),
  quotes: query('quotes'),
  stances: query('stances'),
  actors: query('actors'),
  articles: query('articles'),
  inputs: query('inputs'),
  export: async () => (await import('./commands/export.js')).run,
  serve: async () => (await import('./commands/serve.js')).run,
};

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      await write(io.stderr, MAIN_HELP);
      return 2;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      await write(io.stdout, topic && COMMAND_HELP[topic] ? COMMAND_HELP[topic] : MAIN_HELP);
      return 0;
    }
    if (first === '--version' || first === '-V') {
      await write(io.stdout, `${packageVersion()}\n`);
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!load) throw new UsageError(first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`);
    if (rest.includes('--help') || rest.includes('-h')) {
      await write(io.stdout, COMMAND_HELP[first]);
      return 0;
    }
    return await (await load())(rest, io);
  } catch (error) {
    return report(error, io, first !== undefined && Object.hasOwn(COMMANDS, first) ? first : undefined);
  }
}

/** Prints an error as one line (plus the stack for unexpected errors under READOUT_DEBUG=1) and picks the exit code. */
async function report(error: unknown, io: Io, command: string | undefined): Promise<number> {
  if (error instanceof UsageError) {
    const topic = error.command ?? command;
    const help = topic ? `readout ${topic} --help` : 'readout --help';
    await write(io.stderr, `readout: ${error.message} (see ${help})\n`);
    return 2;
  }
  if (isUserError(error)) {
    await write(io.stderr, `readout: ${error.message}\n`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  const debug = io.env.READOUT_DEBUG === '1' || io.env.READOUT_DEBUG === 'true';
  const detail = debug && error instanceof Error && error.stack ? `\n${error.stack}` : ' (set READOUT_DEBUG=1 for the stack trace)';
  await write(io.stderr, `readout: unexpected error: ${message}${detail}\n`);
  return 1;
}
