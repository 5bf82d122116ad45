// Writes the small images of cli/test/explore/fixtures/pillow/, whose cleanvision/imagehash
// values (pillow-reference.json, from explore-reference.py) the tests compare with explore's.
// Sources: crops of Debian's python3-skimage sample images (BSD) and generated patterns.
// Usage: node cli/scripts/make-explore-fixtures.mjs && python3 cli/scripts/explore-reference.py \
//          cli/test/explore/fixtures/pillow > cli/test/explore/fixtures/pillow-reference.json
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// sharp is the CLI's dependency.
const sharp = createRequire(new URL('../package.json', import.meta.url))('sharp');
const out = fileURLToPath(new URL('../test/explore/fixtures/pillow/', import.meta.url));
const skimage = '/usr/lib/python3/dist-packages/skimage/data';
mkdirSync(out, { recursive: true });

const crop = (file, left, top, width, height) => sharp(join(skimage, file)).extract({ left, top, width, height });
await crop('astronaut.png', 150, 40, 200, 150).png().toFile(join(out, 'astronaut-crop.png'));
await crop('chelsea.png', 0, 0, 200, 150).jpeg({ quality: 90 }).toFile(join(out, 'chelsea-crop.jpg'));
await crop('camera.png', 50, 50, 181, 97).toColourspace('b-w').png().toFile(join(out, 'camera-gray.png'));
await crop('coffee.png', 0, 0, 400, 120).linear(0.15, 0).png().toFile(join(out, 'coffee-dark.png'));
await crop('moon.png', 100, 100, 90, 300).toColourspace('b-w').png().toFile(join(out, 'moon-tall.png'));

// RGBA with varying alpha: Pillow premultiplies before resizing.
const w = 160,
  h = 120;
const rgba = Buffer.alloc(w * h * 4);
for (let y = 0; y < h; y++)
  for (let x = 0; x < w; x++) {
    const i = (y * w + x) * 4;
    rgba[i] = (x * 7) & 255;
    rgba[i + 1] = (y * 5 + x) & 255;
    rgba[i + 2] = (x * y) & 255;
    rgba[i + 3] = (x * 3 + y) & 255;
  }
await sharp(rgba, { raw: { width: w, height: h, channels: 4 } })
  .png()
  .toFile(join(out, 'pattern-rgba.png'));
// A smooth gradient (blurry) and a flat colour (low information, pHash of a constant).
const grad = Buffer.alloc(w * h * 3);
for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) grad.set([x, y + 40, 100], (y * w + x) * 3);
await sharp(grad, { raw: { width: w, height: h, channels: 3 } })
  .png()
  .toFile(join(out, 'gradient.png'));
await sharp({ create: { width: 70, height: 50, channels: 3, background: { r: 240, g: 245, b: 250 } } })
  .png()
  .toFile(join(out, 'flat-light.png'));
