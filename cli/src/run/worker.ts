// The worker threads' entry point (tsup entry `worker`): runs one job at a time by kind.
// To add a kind of job, add its handler to `handlers`.
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { enhanceFile } from '../enhance/enhanceFile.js';
import { analyseImage } from '../explore/analyseImage.js';
import type { WorkerReply } from './pool.js';

type Handler = (payload: never) => Promise<unknown>;

const handlers: Record<string, Handler> = {
  enhance: enhanceFile,
  explore: analyseImage,
};

// One libvips thread per worker: the pool already runs one worker per core.
sharp.concurrency(1);
sharp.cache(false);

parentPort!.on('message', async ({ kind, payload }: { kind: string; payload: never }) => {
  let reply: WorkerReply;
  try {
    const handler = handlers[kind];
    if (!handler) throw new Error(`unknown job kind '${kind}'`);
    reply = { ok: true, value: await handler(payload) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
