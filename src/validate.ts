// Argument checking shared by every public function. Each failure throws through `invalid`,
// so every message has one shape:
//   "<function>: expected <what> for <parameter> but received <what came>"
// TypeError when the value has the wrong type, RangeError when it has the right type but a
// value outside what the parameter accepts.

type ErrorClass = typeof TypeError | typeof RangeError;

/** Throws `ErrorClass` with the library's one message shape. */
export function invalid(
  ErrorClass: ErrorClass,
  fn: string,
  name: string,
  expected: string,
  received: unknown,
): never {
  throw new ErrorClass(`${fn}: expected ${expected} for ${name} but received ${describe(received)}`);
}

/** What was received, already put into words (for values the message derives, not the caller's). */
export class Worded {
  constructor(readonly text: string) {}
}

/** A short, unambiguous description of any value, for error messages. */
export function describe(value: unknown): string {
  if (value instanceof Worded) return value.text;
  if (value === null || value === undefined) return String(value);
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'string':
      return `the string ${JSON.stringify(truncate(value, 40))}`;
    case 'bigint':
      return `the bigint ${value}n`;
    case 'boolean':
      return String(value);
    case 'function':
      return 'a function';
    case 'symbol':
      return value.toString();
  }
  if (Array.isArray(value)) return `an Array [${truncate(value.map(describeItem).join(', '), 40)}]`;
  if (ArrayBuffer.isView(value)) {
    const length = 'length' in value ? (value as { length: number }).length : value.byteLength;
    return `${article(value.constructor.name)} ${value.constructor.name} of length ${length}`;
  }
  const name = Object.getPrototypeOf(value)?.constructor?.name;
  return name && name !== 'Object' ? `${article(name)} ${name}` : 'an object';
}

function describeItem(item: unknown): string {
  return typeof item === 'string' ? JSON.stringify(item) : typeof item === 'object' && item !== null ? '…' : String(item);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function article(word: string): string {
  // "an Int8Array", "an ArrayBuffer", but "a Uint8Array" (said "you-int").
  return /^(?:[AEIO]|U(?!int))/.test(word) ? 'an' : 'a';
}

/** `value` as a plain options object; `undefined` means none. Unknown keys are refused. */
export function readOptions<K extends string>(
  fn: string,
  value: unknown,
  keys: readonly K[],
): Partial<Record<K, unknown>> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    invalid(TypeError, fn, 'options', 'an object or undefined', value);
  }
  for (const key of Object.keys(value)) {
    if (!(keys as readonly string[]).includes(key)) {
      invalid(RangeError, fn, 'options', `only ${keys.join(', ')}`, new Worded(`an unknown option ${JSON.stringify(key)}`));
    }
  }
  return value as Partial<Record<K, unknown>>;
}

/** `value` as an integer in [min, max]. */
export function readInteger(fn: string, name: string, value: unknown, min: number, max: number): number {
  const expected = `an integer from ${min} to ${max}`;
  if (typeof value !== 'number') invalid(TypeError, fn, name, expected, value);
  if (!Number.isInteger(value) || value < min || value > max) invalid(RangeError, fn, name, expected, value);
  return value;
}

/** `value` as a finite number. */
export function readFiniteNumber(fn: string, name: string, value: unknown, expected: string): number {
  if (typeof value !== 'number') invalid(TypeError, fn, name, expected, value);
  if (!Number.isFinite(value)) invalid(RangeError, fn, name, expected, value);
  return value;
}

/** `value` as one of the strings `choices`. */
export function readChoice<C extends string>(fn: string, name: string, value: unknown, choices: readonly C[]): C {
  const quoted = choices.map((choice) => JSON.stringify(choice));
  const expected = `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  if (typeof value !== 'string') invalid(TypeError, fn, name, expected, value);
  if (!(choices as readonly string[]).includes(value)) invalid(RangeError, fn, name, expected, value);
  return value as C;
}

/** `value` as a boolean. */
export function readBoolean(fn: string, name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') invalid(TypeError, fn, name, 'true or false', value);
  return value;
}
