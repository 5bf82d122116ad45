// Writes report.json, report-data.js and report.html into `out` from a run's records (on disk in
// a RecordStore), reading one full record at a time: memory does not grow with the records. Each
// file is written under a temporary name and renamed when complete, so a report is never
// half-written, even when a second Ctrl-C stops the run while it writes.
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { once } from 'node:events';
import type { Interrupt } from '../run/interrupt.js';
import type { CocoInput } from './cocoOptions.js';
import { buildCoco } from './cocoReport.js';
import { pageHead, pageImage, renderHtml, PAGE_DATA_FILE, PAGE_DATA_GLOBAL } from './html.js';
import { jsonWithImages, planReport, type PartialHead, type ReportHead } from './report.js';
import type { RecordStore } from './recordStore.js';

export interface WriteOptions {
  /** Set when Ctrl-C stopped the run: the report covers only the images explored. */
  interrupted?: { explored: number; of: number };
  interrupt?: Interrupt;
  /** --coco (and --predictions): annotation statistics into the report, overlays into the page. */
  coco?: CocoInput;
}

export async function writeReport(
  first: PartialHead,
  store: RecordStore,
  out: string,
  options: WriteOptions = {},
): Promise<ReportHead> {
  const root = relative(out, first.input).split(sep).join('/') || '.';
  const records = store.datasetRecords();
  const plan = planReport(first, records, root);
  const shown = (file: string) => relative(out, file).split(sep).join('/');
  const { coco } = options;
  const annotations =
    coco && buildCoco(coco, records, shown(coco.file), coco.predictions && shown(coco.predictions.file));
  const head: ReportHead = {
    ...plan.head,
    ...(annotations ? { coco: annotations.stats } : {}),
    ...(options.interrupted ? { interrupted: options.interrupted } : {}),
  };
  await writeAtomically(join(out, 'report.json'), options.interrupt, (jsonFile) =>
    writeAtomically(join(out, PAGE_DATA_FILE), options.interrupt, async (pageFile) => {
      const json = createWriteStream(jsonFile);
      const page = createWriteStream(pageFile);
      const pageText = JSON.stringify(pageHead(head));
      await write(page, `window.${PAGE_DATA_GLOBAL} = ${pageText.slice(0, -1)},"images":[\n`);
      const chunks = jsonWithImages(head, records.length, (i) => {
        const record = plan.finish(store.read(records[i]!.index));
        page.write(`${JSON.stringify(pageImage(record))}${i + 1 < records.length ? ',' : ''}\n`);
        return record;
      });
      for (const chunk of chunks) await write(json, chunk);
      await write(page, ']};\n');
      await Promise.all([end(json), end(page)]);
    }),
  );
  await writeAtomically(join(out, 'report.html'), options.interrupt, (file) =>
    writeFile(file, renderHtml(annotations?.overlays)),
  );
  return head;
}

/** Writes a partial (a --shard run's result): its head, then its records in listing order. */
export async function writePartial(head: PartialHead, store: RecordStore, file: string): Promise<void> {
  const records = store.datasetRecords();
  const stream = createWriteStream(file);
  for (const chunk of jsonWithImages(head, records.length, (i) => store.read(records[i]!.index)))
    await write(stream, chunk);
  await end(stream);
}

/** Writes `file` under a temporary name, renamed when `writeTo` resolves; removed on failure or a second Ctrl-C. */
export async function writeAtomically(
  file: string,
  interrupt: Interrupt | undefined,
  writeTo: (temp: string) => Promise<void>,
): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  const remove = () => rm(temp, { force: true });
  const unregister = interrupt?.onStop(remove);
  try {
    await writeTo(temp);
    await rename(temp, file);
  } catch (error) {
    await remove();
    throw error;
  } finally {
    unregister?.();
  }
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function end(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}
