// A worker's share of a CLAHE task (8- or 16-bit; gray, or a colour image's lightness plane).
import { reflect101 } from '../twin/tileLut.js';
import type { WasmExports } from '../wasm/exports.js';
import { reserve, viewAt } from '../wasm/wasmKernels.js';
import { claim, waitFor } from './claiming.js';
import { planesOf } from './planes.js';
import { CONTROL, finished, type Job, type Task } from './protocol.js';

/**
 * CLAHE in two phases: claim tile rows and publish their LUTs (claheTileRow, clahe16TileRow),
 * then claim strips of rows and interpolate them (claheRows, clahe16Rows) once the LUTs they
 * blend are published; a colour image's plane is extracted from each tile row and strip as it
 * is copied in, and a strip merged back right after its interpolation. Every tile row is
 * claimed before any worker starts phase B, so no wait can deadlock.
 */
export function claheShare(module: WasmExports, task: Task, job: Extract<Job, { kind: 'clahe' }>): void {
  const { control, src, dst } = task;
  const tables = task.tables as Uint8Array;
  const { width, height, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, levels } = job.plan;
  const { chunkRows } = job;
  const sixteen = src instanceof Uint16Array;
  const planes = planesOf(module, job.luminance, sixteen, levels);
  const row = width * planes.channels;
  const most = Math.max(tileHeight, chunkRows) * width;
  const [pixelsAt, planeArea, scratch] = reserve(
    module,
    most * planes.channels * src.BYTES_PER_ELEMENT,
    most * planes.planeBytes * src.BYTES_PER_ELEMENT,
    sixteen
      ? module.clahe16ScratchBytes(width, tilesX, tilesY, levels)
      : module.claheScratchBytes(width, tilesX, tilesY),
  );
  const planeAt = job.luminance ? planeArea : pixelsAt;
  const tileRow = (ty: number) =>
    sixteen
      ? module.clahe16TileRow(
          planeAt,
          width,
          tilesX,
          tilesY,
          tileWidth,
          tileHeight,
          clipCount,
          lutScale,
          levels,
          scratch,
          ty,
        )
      : module.claheTileRow(planeAt, width, tilesX, tilesY, tileWidth, tileHeight, clipCount, lutScale, scratch, ty);
  const rows = (first: number, last: number) =>
    sixteen
      ? module.clahe16Rows(planeAt, planeAt, width, first, last, tilesX, tilesY, tileWidth, tileHeight, levels, scratch)
      : module.claheRows(planeAt, planeAt, width, first, last, tilesX, tilesY, tileWidth, tileHeight, scratch);
  // Both kernels write tile row ty's LUTs at the start of the scratch (LUTS and LUTS16 are its first region).
  const rowBytes = tilesX * levels * src.BYTES_PER_ELEMENT;
  const local = new Uint8Array(tilesY);
  for (let ty = claim(control, CONTROL.nextA, tilesY); ty >= 0; ty = claim(control, CONTROL.nextA, tilesY)) {
    const top = ty * tileHeight;
    const inside = Math.max(0, Math.min(tileHeight, height - top));
    waitFor(control, CONTROL.ready, Math.min(height, top + tileHeight));
    const tile = viewAt(module, src, pixelsAt, tileHeight * row);
    tile.set(src.subarray(top * row, (top + inside) * row));
    for (let r = inside; r < tileHeight; r++) {
      const y = reflect101(top + r, height);
      tile.set(src.subarray(y * row, (y + 1) * row), r * row);
    }
    planes.extract(pixelsAt, planeAt, tileHeight * width);
    tileRow(ty);
    tables.set(new Uint8Array(module.memory.buffer, scratch + ty * rowBytes, rowBytes), ty * rowBytes);
    local[ty] = 1;
    Atomics.store(control, CONTROL.lutRows + ty, 1);
    Atomics.notify(control, CONTROL.lutRows + ty);
  }
  const strips = Math.ceil(height / chunkRows);
  for (let s = claim(control, CONTROL.nextB, strips); s >= 0; s = claim(control, CONTROL.nextB, strips)) {
    const first = s * chunkRows;
    const last = Math.min(height, first + chunkRows);
    // A row y blends tile rows ⌊y/tileHeight − ½⌋ and the one after it (clamped); one more each side is safe.
    const upper = Math.max(0, Math.floor(first / tileHeight) - 1);
    const lower = Math.min(tilesY - 1, Math.floor((last - 1) / tileHeight) + 1);
    for (let ty = upper; ty <= lower; ty++) {
      if (local[ty]) continue;
      waitFor(control, CONTROL.lutRows + ty, 1);
      new Uint8Array(module.memory.buffer, scratch + ty * rowBytes, rowBytes).set(
        tables.subarray(ty * rowBytes, (ty + 1) * rowBytes),
      );
      local[ty] = 1;
    }
    waitFor(control, CONTROL.ready, last);
    const pixels = (last - first) * width;
    const strip = viewAt(module, src, pixelsAt, pixels * planes.channels);
    strip.set(src.subarray(first * row, last * row));
    planes.extract(pixelsAt, planeAt, pixels);
    rows(first, last);
    planes.merge(pixelsAt, planeAt, pixels);
    dst.set(strip, first * row);
    finished(task, s);
  }
}
