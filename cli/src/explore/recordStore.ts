// The per-image records of a run, on disk rather than in memory: each record is appended to a
// temporary JSON-lines file in the report folder as it arrives (in any order), and only what the
// dataset-level rules need stays in memory, as a small DatasetRecord. The report is then written
// by reading the full records back one at a time, in listing order.
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ImageRecord } from './analyseImage.js';
import type { DatasetRecord } from './dataset.js';
import { plainArrays } from './report.js';

export class RecordStore {
  readonly file: string;
  private readonly fd: number;
  private size = 0;
  /** Byte offset and length of each record's line, by the record's listing index (length 0: none). */
  private readonly offsets: Float64Array;
  private readonly lengths: Uint32Array;
  private readonly slim: DatasetRecord[] = [];

  /** `capacity`: the number of images in the whole listing (indices are below it). */
  constructor(dir: string, capacity: number) {
    this.file = join(dir, `.explore-records-${process.pid}.tmp.jsonl`);
    this.fd = openSync(this.file, 'w+');
    this.offsets = new Float64Array(capacity);
    this.lengths = new Uint32Array(capacity);
  }

  get count(): number {
    return this.slim.length;
  }

  add(record: ImageRecord): void {
    const i = record.index;
    if (!(i >= 0 && i < this.lengths.length)) throw new Error(`image index ${i} (${record.path}) outside the listing`);
    if (this.lengths[i]) throw new Error(`image ${i} (${record.path}) given twice`);
    const line = Buffer.from(`${JSON.stringify(record, plainArrays)}\n`);
    writeSync(this.fd, line, 0, line.length, this.size);
    this.offsets[i] = this.size;
    this.lengths[i] = line.length - 1;
    this.size += line.length;
    this.slim.push(datasetRecord(record));
  }

  /** The dataset records in listing order. */
  datasetRecords(): DatasetRecord[] {
    return this.slim.sort((a, b) => a.index - b.index);
  }

  /** The full record of one image, as written (typed arrays as plain arrays). */
  read(index: number): ImageRecord {
    const length = this.lengths[index];
    if (!length) throw new Error(`no record for image ${index}`);
    const buffer = Buffer.allocUnsafe(length);
    readSync(this.fd, buffer, 0, length, this.offsets[index]!);
    return JSON.parse(buffer.toString('utf8')) as ImageRecord;
  }

  /** Closes and deletes the temporary file. */
  dispose(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.file, { force: true });
  }
}

function datasetRecord(r: ImageRecord): DatasetRecord {
  return {
    path: r.path,
    index: r.index,
    issues: r.issues,
    ...(r.error === undefined ? {} : { error: r.error }),
    ...(r.width === undefined ? {} : { width: r.width, height: r.height }),
    ...(r.brightness ? { brightness: { mean: r.brightness.mean } } : {}),
    ...(r.exactHash ? { exactHash: r.exactHash } : {}),
    ...(r.phash ? { phash: r.phash } : {}),
  };
}
