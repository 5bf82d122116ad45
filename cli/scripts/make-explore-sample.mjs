// Writes a small image folder with one or more images of every issue `fastclahe explore` reports,
// and (with hostile: true) every kind of file that must not crash it. The tests build it in a
// temporary folder; run as a script it writes the bundled sample, cli/examples/dataset/.
// Usage: node cli/scripts/make-explore-sample.mjs [folder]
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const require = createRequire(new URL('../package.json', import.meta.url));
const sharp = require('sharp');

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A textured RGB "photo": smooth colour waves plus noise, values scaled into [low, high]. */
function photo(width, height, seed, low = 0, high = 255, channels = 3) {
  const rand = random(seed);
  const phase = [rand() * 6, rand() * 6, rand() * 6];
  const data = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < channels; c++) {
        const wave =
          0.5 + 0.25 * Math.sin(x / (7 + 3 * c) + phase[c]) + 0.15 * Math.cos(y / (5 + c) + phase[(c + 1) % 3]);
        const v = Math.min(1, Math.max(0, wave + (rand() - 0.5) * 0.5));
        data[(y * width + x) * channels + c] = Math.round(low + v * (high - low));
      }
    }
  }
  return data;
}

const raw = (data, width, height, channels = 3) => sharp(data, { raw: { width, height, channels } });

/** A PNG whose header claims width × height pixels, with almost no data: a decompression bomb. */
function bombPng(width, height) {
  const chunk = (type, body) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), body])));
    return Buffer.concat([length, Buffer.from(type), body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit gray
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1000))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Writes the folder and returns what each file is meant to show, by relative path. `hostile`
 * adds a symlink loop, a broken link, a decompression bomb and an animated GIF.
 */
export async function makeDataset(dir, { hostile = true } = {}) {
  mkdirSync(join(dir, 'sub'), { recursive: true });
  const W = 120;
  const H = 90;
  // The common case: ten ordinary photos of one size (so odd-size has a clear majority).
  for (let i = 0; i < 8; i++)
    await raw(photo(W, H, i + 1), W, H)
      .jpeg({ quality: 92 })
      .toFile(join(dir, `photo-${i}.jpg`));
  for (let i = 8; i < 10; i++)
    await raw(photo(W, H, i + 1), W, H)
      .png()
      .toFile(join(dir, 'sub', `photo-${i}.png`));

  await raw(photo(W, H, 20, 0, 60), W, H)
    .png()
    .toFile(join(dir, 'dark.png'));
  await raw(photo(W, H, 21, 246, 255), W, H)
    .png()
    .toFile(join(dir, 'light.png'));
  await sharp({ create: { width: W, height: H, channels: 3, background: { r: 120, g: 100, b: 90 } } })
    .png()
    .toFile(join(dir, 'flat.png'));
  // A soft spot: smooth everywhere (edges ≈ 0) and a spread histogram, so only the blur term counts.
  const smooth = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const v = 250 * Math.exp(-((x - W / 2) ** 2 + (y - H / 2) ** 2) / (2 * 30 * 30));
      smooth.set([Math.round(v), Math.round(v * 0.9), Math.round(v * 0.7)], (y * W + x) * 3);
    }
  }
  await raw(smooth, W, H).png().toFile(join(dir, 'blurry.png'));
  const grayRgb = photo(W, H, 22);
  for (let i = 0; i < grayRgb.length; i += 3) grayRgb[i + 1] = grayRgb[i + 2] = grayRgb[i];
  await raw(grayRgb, W, H).png().toFile(join(dir, 'gray-as-rgb.png'));
  await raw(photo(W, H, 23, 0, 255, 1), W, H, 1)
    .toColourspace('b-w')
    .png()
    .toFile(join(dir, 'sub', 'gray-one-channel.png'));
  await raw(photo(300, 60, 24), 300, 60)
    .jpeg({ quality: 92 })
    .toFile(join(dir, 'panorama.jpg'));
  await raw(photo(960, 720, 25), 960, 720)
    .jpeg({ quality: 85 })
    .toFile(join(dir, 'large.jpg'));

  // Duplicates: the same pixels in two PNGs with different bytes; a JPEG of a PNG (near).
  const twin = photo(W, H, 26);
  await raw(twin, W, H).png({ compressionLevel: 9 }).toFile(join(dir, 'twin-a.png'));
  await raw(twin, W, H)
    .png({ compressionLevel: 1 })
    .toFile(join(dir, 'sub', 'twin-b.png'));
  const near = photo(W, H, 27);
  await raw(near, W, H).png().toFile(join(dir, 'near-a.png'));
  await raw(near, W, H).jpeg({ quality: 95 }).toFile(join(dir, 'near-b.jpg'));

  // Files that decode but are unusual: EXIF-rotated, CMYK, 16-bit, palette, alpha.
  await raw(photo(W, H, 28), W, H)
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 92 })
    .toFile(join(dir, 'rotated.jpg'));
  await raw(photo(W, H, 29), W, H)
    .toColourspace('cmyk')
    .jpeg({ quality: 92 })
    .toFile(join(dir, 'cmyk.jpg'));
  const deep = new Uint16Array(W * H * 3);
  photo(W, H, 30).forEach((v, i) => (deep[i] = v * 257 + (i % 7)));
  await sharp(Buffer.from(deep.buffer), { raw: { width: W, height: H, channels: 3 } })
    .toColourspace('rgb16')
    .png()
    .toFile(join(dir, 'deep-16bit.png'));
  await raw(photo(W, H, 31), W, H)
    .png({ palette: true, colours: 64 })
    .toFile(join(dir, 'palette.png'));
  await raw(photo(W, H, 32, 0, 255, 4), W, H, 4)
    .png()
    .toFile(join(dir, 'alpha.png'));

  // Files that cannot be read.
  const whole = await raw(photo(W, H, 33), W, H)
    .jpeg({ quality: 92 })
    .toBuffer();
  writeFileSync(join(dir, 'truncated.jpg'), whole.subarray(0, Math.floor(whole.length / 2)));
  writeFileSync(join(dir, 'garbled.png'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) & 255)));
  writeFileSync(join(dir, 'empty.jpg'), Buffer.alloc(0));
  writeFileSync(join(dir, 'notes-not-an-image.jpg'), 'This is a text file with a .jpg name.\n');
  writeFileSync(join(dir, 'README.txt'), 'Not an image: counted as another file.\n');
  if (hostile) {
    writeFileSync(join(dir, 'bomb.png'), bombPng(100_000, 100_000));
    const frame = (r) =>
      sharp({ create: { width: 40, height: 30, channels: 3, background: { r, g: 0, b: 0 } } })
        .png()
        .toBuffer();
    await sharp([await frame(200), await frame(20)], { join: { animated: true } })
      .gif()
      .toFile(join(dir, 'animated.gif'));
    symlinkSync('..', join(dir, 'sub', 'loop'));
    symlinkSync('does-not-exist.png', join(dir, 'broken-link.png'));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? fileURLToPath(new URL('../examples/dataset/', import.meta.url));
  await makeDataset(dir, { hostile: false });
  console.log(`wrote ${dir}`);
}
