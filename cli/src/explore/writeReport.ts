// Writes report.json, report-data.js and report.html into `out` from a run's records (on disk in
// a RecordStore), reading one full record at a time: memory does not grow with the records. The
// files are written under temporary names and renamed when all are complete, so a report is never
// half-written, even when a second Ctrl-C stops the run while it writes.
import { closeSync, createWriteStream, openSync, renameSync, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
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
  // The three files are renamed together once all are complete, so an interruption leaves the
  // previous report (or none), never a new report.json beside an old or missing report.html.
  const files = ['report.json', PAGE_DATA_FILE, 'report.html'].map((name) => join(out, name));
  await writeAtomically(files, options.interrupt, async ([jsonFd, pageFd, htmlFd]) => {
    const json = streamTo(jsonFd!);
    const page = streamTo(pageFd!);
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
    const html = streamTo(htmlFd!);
    await write(html, renderHtml(annotations?.overlays));
    await end(html);
  });
  return head;
}

/** Writes a partial (a --shard run's result) to the open file `fd`: its head, then its records in listing order. */
export async function writePartial(head: PartialHead, store: RecordStore, fd: number): Promise<void> {
  const records = store.datasetRecords();
  const stream = streamTo(fd);
  for (const chunk of jsonWithImages(head, records.length, (i) => store.read(records[i]!.index)))
    await write(stream, chunk);
  await end(stream);
}

/**
 * Writes `files` under temporary names, each opened here before anything else happens, and
 * renames them all once `writeTo` resolved with the open files; on failure, or at a second
 * Ctrl-C, the temporary files are removed. They are created synchronously and written through
 * their descriptors only, so a removal can never be followed by a write that creates one again.
 */
export async function writeAtomically(
  files: string[],
  interrupt: Interrupt | undefined,
  writeTo: (fds: number[]) => Promise<void>,
): Promise<void> {
  const temps = files.map((file) => `${file}.${process.pid}.tmp`);
  const fds: number[] = [];
  const remove = () => Promise.all(temps.map((temp) => rm(temp, { force: true })));
  const unregister = interrupt?.onStop(remove);
  try {
    for (const temp of temps) fds.push(openSync(temp, 'w'));
    await writeTo(fds);
    for (const fd of fds.splice(0)) closeSync(fd);
    // In one synchronous step: a signal cannot land between two renames.
    for (const [i, temp] of temps.entries()) renameSync(temp, files[i]!);
  } catch (error) {
    for (const fd of fds) closeSync(fd);
    await remove();
    throw error;
  } finally {
    unregister?.();
  }
}

/** A stream writing to `fd` that leaves closing it to writeAtomically. */
function streamTo(fd: number): WriteStream {
  return createWriteStream('', { fd, autoClose: false });
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function end(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}
