// tsup inlines .wasm imports as bytes (esbuild's binary loader, see tsup.config.ts).
declare module '*.wasm' {
  const bytes: Uint8Array<ArrayBuffer>;
  export default bytes;
}
