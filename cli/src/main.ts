// The `fastclahe` command: finds the command named by the first argument and runs it.
// Exit codes: 0 done, 1 some input failed (each reported on stderr), 2 bad usage.
import { cocoCommand } from './commands/coco.js';
import { enhance } from './commands/enhance.js';
import { explore } from './commands/explore.js';
import { UsageError } from './usage.js';
import { version } from './version.js';

/** A subcommand: its own option table, help and run function returning the exit code. */
export interface Command {
  name: string;
  summary: string;
  help(): string;
  run(argv: string[]): Promise<number>;
}

const commands: Command[] = [enhance, explore, cocoCommand];

function topHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `fastclahe ${version} — contrast enhancement, dataset exploration and COCO evaluation`,
    '',
    'Usage: fastclahe <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    "Run 'fastclahe <command> --help' for a command's options.",
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const asked = name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    process.stdout.write(`${asked ? asked.help() : topHelp()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command)
      throw new UsageError(`unknown command '${name}' (commands: ${commands.map((c) => c.name).join(', ')})`);
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`${command.help()}\n`);
      return 0;
    }
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`fastclahe${command ? ` ${command.name}` : ''}: ${error.message}\n`);
      process.stderr.write(`Run 'fastclahe ${command ? `${command.name} ` : ''}--help' for usage.\n`);
      return 2;
    }
    throw error;
  }
}
