// Writes report.json and report.html for the given partials into `out`.
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { once } from 'node:events';
import type { CocoInput } from './cocoOptions.js';
import { buildCoco } from './cocoReport.js';
import { renderHtml } from './html.js';
import { buildReport, reportJsonChunks, type Partial, type Report } from './report.js';

export async function writeReport(partials: Partial[], out: string, coco?: CocoInput): Promise<Report> {
  const root = relative(out, partials[0]!.input).split(sep).join('/') || '.';
  const report = buildReport(partials, root);
  const shown = (file: string) => relative(out, file).split(sep).join('/');
  const annotations = coco && buildCoco(coco, report.images, shown(coco.file), coco.predictions && shown(coco.predictions.file));
  if (annotations) report.coco = annotations.stats;
  const stream = createWriteStream(join(out, 'report.json'));
  for (const chunk of reportJsonChunks(report)) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  await writeFile(join(out, 'report.html'), renderHtml(report, annotations?.overlays));
  return report;
}
