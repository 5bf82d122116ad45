// Argument checking shared by every public function. Each failure throws through `invalid`,
// so every message has one shape:
//   "<function>: expected <what> for <parameter> but received <what came>"
// TypeError when the value has the wrong type, RangeError when it has the right type but a
// value outside what the parameter accepts.

type ErrorClass = typeof TypeError | typeof RangeError;

/** Throws `ErrorClass` with the library's one message shape. */
export function invalid(ErrorClass: ErrorClass, fn: string, name: string, expected: string, received: unknown): never {
  throw new ErrorClass(`${fn}: expected ${expected} for ${name} but received ${describe(received)}`);
}

/** What was received, already put into words (for values the message derives, not the caller's). */
export class Worded {
  constructor(readonly text: string) {}
}

/**
 * A short, unambiguous description of any value, for error messages, in bounded time and
 * length: arrays show their first few items, never all of them, and strings are cut.
 */
export function describe(value: unknown): string {
  if (value instanceof Worded) return value.text;
  if (value === null || value === undefined) return String(value);
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'string':
      return `the string ${quote(value)}`;
    case 'bigint':
      return `the bigint ${truncate(String(value), 40)}n`;
    case 'boolean':
      return String(value);
    case 'function':
      return 'a function';
    case 'symbol':
      return truncate(value.toString(), 40);
  }
  const kind = typedArrayKind(value);
  if (kind !== undefined) return describeTypedArray(value as ArrayBufferView, kind);
  if (Array.isArray(value)) return `an Array [${describeItems(value)}]`;
  if (value instanceof TypedArray)
    return `an object posing as ${article(value.constructor.name)} ${value.constructor.name} (a Proxy or a subclass instance without typed-array storage)`;
  const name = Object.getPrototypeOf(value)?.constructor?.name;
  return typeof name === 'string' && name !== 'Object' ? `${article(name)} ${truncate(name, 40)}` : 'an object';
}

/** The first few items of an array: reading all of `new Array(2 ** 32 - 1)` takes minutes. */
function describeItems(array: readonly unknown[]): string {
  const shown = Math.min(array.length, 8);
  const items: string[] = [];
  for (let i = 0; i < shown; i++) items.push(describeItem(array[i]));
  return truncate(items.join(', ') + (array.length > shown ? ', …' : ''), 40);
}

function describeItem(item: unknown): string {
  return typeof item === 'string' ? quote(item) : typeof item === 'object' && item !== null ? '…' : String(item);
}

function describeTypedArray(value: ArrayBufferView, kind: string): string {
  const buffer = intrinsic('buffer', value) as ArrayBufferLike;
  return isDetached(buffer)
    ? `${article(kind)} ${kind} whose ArrayBuffer is detached (transferred or resized away)`
    : `${article(kind)} ${kind} of length ${intrinsic('length', value)}`;
}

/** JSON-quoted, cut to 40 characters first so a 10-million-character key costs nothing. */
export function quote(text: string): string {
  return JSON.stringify(truncate(text, 40));
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function article(word: string): string {
  // "an Int8Array", "an ArrayBuffer", but "a Uint8Array" (said "you-int").
  return /^(?:[AEIO]|U(?!int))/.test(word) ? 'an' : 'a';
}

/** %TypedArray%, the constructor every typed array class of this realm extends. */
const TypedArray = Object.getPrototypeOf(Uint8Array) as abstract new () => ArrayBufferView;

/**
 * %TypedArray%.prototype's own getter `key` applied to `value`: what the engine knows, whatever
 * a subclass or the object itself defines (a `length` getter cannot lie), for typed arrays of
 * any realm. Throws a TypeError for anything else, a Proxy included.
 */
function intrinsic(key: 'length' | 'byteOffset' | 'buffer' | typeof Symbol.toStringTag, value: unknown): unknown {
  return Reflect.apply(Object.getOwnPropertyDescriptor(TypedArray.prototype, key)!.get!, value, []);
}

/** "Uint8Array", "Float32Array", …: the kind of a typed array of any realm; undefined for anything else. */
export function typedArrayKind(value: unknown): string | undefined {
  return ArrayBuffer.isView(value) ? (intrinsic(Symbol.toStringTag, value) as string | undefined) : undefined;
}

/** A typed array's storage as the engine sees it, read once: no getter of the caller runs. */
export interface Storage {
  buffer: ArrayBufferLike;
  byteOffset: number;
  length: number;
}

/** `value` (a typed array, per `typedArrayKind`) as its buffer, offset and length. */
export function storageOf(value: ArrayBufferView): Storage {
  return {
    buffer: intrinsic('buffer', value) as ArrayBufferLike,
    byteOffset: intrinsic('byteOffset', value) as number,
    length: intrinsic('length', value) as number,
  };
}

/** Whether `buffer` was detached (transferred, or by ArrayBuffer.prototype.transfer): it then reads as empty. */
export function isDetached(buffer: ArrayBufferLike): boolean {
  try {
    new Uint8Array(buffer, 0, 0);
    return false;
  } catch {
    return true;
  }
}

/**
 * `object[key]`, read once, when `object` or a prototype of it other than Object.prototype
 * defines `key`: a class's accessors count (ImageData's `data`, `width` and `height` are
 * getters on its prototype), but a key added to Object.prototype does not.
 */
export function field(object: object, key: string): unknown {
  for (let at: object | null = object; at !== null && at !== Object.prototype; at = Object.getPrototypeOf(at)) {
    if (Object.hasOwn(at, key)) return (object as Record<string, unknown>)[key];
  }
  return undefined;
}

/**
 * `value` as a plain options object, read once: each of `keys` through `field`, into an object
 * of our own, before anything is checked, so that getters run before any check and never
 * between a check and the use. `undefined` means none. Unknown keys are refused.
 */
export function readOptions<K extends string>(
  fn: string,
  value: unknown,
  keys: readonly K[],
): { readonly [key in K]?: unknown } {
  const options = Object.create(null) as Record<K, unknown>;
  if (value === undefined) return options;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    invalid(TypeError, fn, 'options', 'an object or undefined', value);
  }
  for (const key of Object.keys(value)) {
    if (!(keys as readonly string[]).includes(key)) {
      invalid(RangeError, fn, 'options', `only ${keys.join(', ')}`, new Worded(`an unknown option ${quote(key)}`));
    }
  }
  for (const key of keys) options[key] = field(value, key);
  return options;
}

/** `value` as an integer in [min, max]. */
export function readInteger(fn: string, name: string, value: unknown, min: number, max: number): number {
  const expected = `an integer from ${min} to ${max}`;
  if (typeof value !== 'number') invalid(TypeError, fn, name, expected, value);
  if (!Number.isInteger(value) || value < min || value > max) invalid(RangeError, fn, name, expected, value);
  return value + 0; // -0 becomes 0, so that it is not carried into results
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
