// tsup inlines .wasm imports as bytes (esbuild's binary loader, see tsup.config.ts).
declare module '*.wasm' {
  const bytes: Uint8Array<ArrayBuffer>;
  export default bytes;
}

// src/wasm/load.ts inlines the SIMD build as byte text (esbuild's text loader for .txt).
declare module '*.bytes.txt' {
  const text: string;
  export default text;
}
