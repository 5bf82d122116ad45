// Loading the WebAssembly module. The SIMD build is inlined into the JS bundle as printable
// text (byte text: src/wasm/byteText.ts, written by scripts/wasm-text.mjs; esbuild's text
// loader), so no bundler or server ever has to locate a .wasm file; it gzips nearly as well as
// the binary (the 25 KB module: 9.6 KB, the .wasm 9.4, as hexadecimal 10.3, as base64 13.5),
// its characters ordered to share gzip's codes with the code around it in a bundle. Every
// current browser and Node validates 128-bit SIMD; for an engine that does not, the scalar build
// of the same sources ships as the file fastclahe/fastclahe.wasm, for init() — inlining it too
// would cost every user about 5.7 KB gzipped for engines from before 2023.
import simdText from '../../build/fastclahe-simd.bytes.txt';
import { fromByteText } from './byteText.js';
import { REQUIRED_EXPORTS, type WasmExports } from './exports.js';

let instance: WasmExports | undefined;
let loading: Promise<void> | undefined;

/** The inlined SIMD build, or an error saying how to run on an engine without SIMD. */
function defaultBytes(): Uint8Array<ArrayBuffer> {
  const simdBytes = fromByteText(simdText);
  if (WebAssembly.validate(simdBytes)) return simdBytes;
  throw new Error(
    'fastclahe: this JavaScript engine does not support WebAssembly SIMD (Safari before 16.4, Node before 16.4). ' +
      "Load the scalar build first: await init(bytes) with the bytes of the package's file fastclahe/fastclahe.wasm " +
      "(or a WebAssembly.Module of it), or import the same functions from 'fastclahe/js'.",
  );
}

/**
 * The module's exports. The first call compiles synchronously (the module is about 25 KB;
 * Chromium allows synchronous compilation of up to 8 MB on the main thread) unless `init`
 * has already provided them.
 */
export function wasm(): WasmExports {
  return (instance ??= instantiate(compileInlined()));
}

/**
 * Compiles asynchronously, or adopts a precompiled module; concurrent and repeated calls share
 * one load. A failed load (bad bytes, a foreign module) is forgotten, so a later call can retry.
 */
export function load(source?: WebAssembly.Module | BufferSource): Promise<void> {
  if (instance) return Promise.resolve();
  loading ??= compile(source)
    .then((module) => {
      instance ??= instantiate(module);
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** Failures on the caller's bytes keep the engine's CompileError; only our own bytes' are explained. */
function compile(source?: WebAssembly.Module | BufferSource): Promise<WebAssembly.Module> {
  if (source instanceof WebAssembly.Module) return Promise.resolve(source);
  // Any view as bytes: engines take typed arrays but not always a DataView, which BufferSource allows.
  if (ArrayBuffer.isView(source))
    return WebAssembly.compile(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  if (source !== undefined) return WebAssembly.compile(source);
  return Promise.resolve().then(() =>
    WebAssembly.compile(defaultBytes()).catch((error: unknown) => {
      throw refusal(error);
    }),
  );
}

function compileInlined(): WebAssembly.Module {
  const bytes = defaultBytes();
  try {
    return new WebAssembly.Module(bytes);
  } catch (error) {
    throw refusal(error);
  }
}

/**
 * Our own bytes are a valid module, so failing to compile them means the environment forbids
 * compiling, almost always a Content-Security-Policy without 'wasm-unsafe-eval' (Chromium then
 * refuses every way of compiling, but still instantiates a module compiled elsewhere). Say
 * what the user can do.
 */
function refusal(error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(
    `fastclahe could not compile its WebAssembly module: ${reason} ` +
      "If a Content-Security-Policy forbids compiling WebAssembly, allow 'wasm-unsafe-eval' in script-src, " +
      'or pass a WebAssembly.Module compiled where that is allowed (a worker with its own policy) to init(module), ' +
      "or import the same functions from 'fastclahe/js'.",
    { cause: error },
  );
}

function instantiate(module: WebAssembly.Module): WasmExports {
  const exported = new Set(WebAssembly.Module.exports(module).map(({ name }) => name));
  const missing = REQUIRED_EXPORTS.filter((name) => !exported.has(name));
  if (missing.length > 0) {
    throw new TypeError(
      `init: expected fastclahe's WebAssembly module (fastclahe/fastclahe.wasm or fastclahe-simd.wasm) for source ` +
        `but received a module without ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ` and ${missing.length - 3} more exports` : ''}`,
    );
  }
  try {
    return new WebAssembly.Instance(module, {}).exports as unknown as WasmExports;
  } catch (error) {
    throw memoryRefusal(error);
  }
}

/**
 * V8 reserves about 10 GiB of address space for each 32-bit WebAssembly memory (guard regions),
 * so under a virtual-memory limit (`ulimit -v`, some containers) creating even a one-page memory
 * fails with "Cannot allocate Wasm memory for new instance". Say why, and what works instead.
 */
function memoryRefusal(error: unknown): unknown {
  const reason = error instanceof Error ? error.message : String(error);
  if (!/memory/i.test(reason)) return error;
  return new Error(
    `fastclahe could not create its WebAssembly memory: ${reason} ` +
      'The engine reserves several GiB of address space for any WebAssembly memory, which a virtual-memory ' +
      "limit (ulimit -v, a container's) can forbid. Raise that limit, or import the same functions from 'fastclahe/js', " +
      'which needs no WebAssembly.',
    { cause: error },
  );
}
