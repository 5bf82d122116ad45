// The WebAssembly module of `fastclahe explore`'s per-image measures (CLI-only: not in the
// library's module). Buffers are laid out by the JS side above the heap base
// (cli/src/explore/exploreKernels.ts); the kernels never allocate or grow memory.
export { deinterleave, horizontal, vertical } from './pillowResample';
export { fineCounts, pixelPass } from './pixelPass';
export { xxh3Blocks, xxh3Finish, xxh3Start } from './xxh3';

/** First byte after the module's static data: where the caller may place buffers. */
export function heapBase(): usize {
  return __heap_base;
}
