// Command-line parsing shared by every command: one option table per command drives both the
// parser (node:util parseArgs) and the --help text, and every bad flag becomes a UsageError
// whose message names the flag. The entry point turns a UsageError into exit code 2.
import { parseArgs } from 'node:util';

/** Bad usage: exit code 2, the message printed after "fastclahe <command>: ". */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** One option of a command, as the parser and the help text see it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in --help, e.g. `<dir>`. */
  value?: string;
  description: string;
  multiple?: boolean;
}

export type OptionTable = Record<string, OptionSpec>;

export type ParsedValues = Record<string, string | boolean | string[] | undefined>;

/** Parses `argv` strictly against `table`; unknown flags and missing values are UsageErrors. */
export function parseCommandLine(argv: string[], table: OptionTable): { values: ParsedValues; positionals: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(table)) {
    options[name] = {
      type: spec.type,
      ...(spec.short ? { short: spec.short } : {}),
      ...(spec.multiple ? { multiple: true } : {}),
    };
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ParsedValues, positionals };
  } catch (error) {
    throw new UsageError(parseErrorMessage(error, table));
  }
}

// node's own messages are long and suggest `--` tricks; say what is wrong in one line.
function parseErrorMessage(error: unknown, table: OptionTable): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const flag = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = closest(flag.replace(/^-+/, ''), Object.keys(table));
    return `unknown option ${flag}${near ? ` (did you mean --${near}?)` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /--([\w-]+)/.exec(message)?.[1];
    const spec = name ? table[name] : undefined;
    if (/ambiguous/.test(message))
      return `option --${name} needs a value; write a value that starts with '-' as --${name}=-value`;
    return spec?.type === 'string'
      ? `option --${name} needs a value ${spec.value ?? ''}`.trimEnd()
      : `option --${name} takes no value`;
  }
  return message;
}

function closest(word: string, names: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const distance = editDistance(word, name);
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The options part of a command's --help, aligned. */
export function optionsHelp(table: OptionTable): string {
  const rows = Object.entries(table).map(([name, spec]) => [
    `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`,
    spec.description,
  ]);
  const width = Math.max(...rows.map(([left]) => left!.length)) + 2;
  return rows.map(([left, right]) => `  ${left!.padEnd(width)}${right}`).join('\n');
}

/** A string option's value, or undefined. */
export function stringOption(values: ParsedValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** One of `choices`, or a UsageError naming the flag and the choices. */
export function choiceOption<T extends string>(
  values: ParsedValues,
  name: string,
  choices: readonly T[],
): T | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  if (!(choices as readonly string[]).includes(lower)) {
    throw new UsageError(`--${name} must be one of ${choices.join(', ')} (got '${value}')`);
  }
  return lower as T;
}

/** A number option within [min, max] (an integer when `integer`), or a UsageError naming the flag. */
export function numberOption(
  values: ParsedValues,
  name: string,
  { min = -Infinity, max = Infinity, integer = false }: { min?: number; max?: number; integer?: boolean } = {},
): number | undefined {
  const text = stringOption(values, name);
  if (text === undefined) return undefined;
  const value = text.trim() === '' ? Number.NaN : Number(text);
  const kind = integer ? 'an integer' : 'a number';
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value)) || value < min || value > max) {
    const range =
      Number.isFinite(min) && Number.isFinite(max) ? ` from ${min} to ${max}` : Number.isFinite(min) ? ` ≥ ${min}` : '';
    throw new UsageError(`--${name} must be ${kind}${range} (got '${text}')`);
  }
  return value;
}
