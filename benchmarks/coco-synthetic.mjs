// A deterministic val2017-sized COCO detection set for benchmarks/coco-eval.mjs: 5,000 images
// (640×480-ish), 80 categories, ~7.3 boxes per image (COCO's small/medium/large mix, ~1 % crowd),
// and 100 detections per image (jittered copies of the GT with high scores, some with the wrong
// class, the rest random boxes with low scores). Same seed, same bytes.

/** mulberry32: a small seeded PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (v) => Math.round(v * 100) / 100;

function randomBox(rand, W, H) {
  // sqrt(area) log-uniform in [4, 400] px: about 40 % small, 35 % medium, 25 % large, as COCO.
  const side = Math.exp(Math.log(4) + rand() * (Math.log(400) - Math.log(4)));
  const aspect = Math.exp((rand() - 0.5) * 1.6);
  const w = Math.min(W, side * Math.sqrt(aspect));
  const h = Math.min(H, side / Math.sqrt(aspect));
  return [round2(rand() * (W - w)), round2(rand() * (H - h)), round2(w), round2(h)];
}

/** @param {() => number} rand @param {number[]} box x, y, width, height @param {number} amount */
function jitter(rand, [x, y, w, h], amount) {
  const n = () => (rand() - 0.5) * 2 * amount;
  return [
    round2(x + n() * w),
    round2(y + n() * h),
    round2(Math.max(1, w * (1 + n()))),
    round2(Math.max(1, h * (1 + n()))),
  ];
}

/** { gt, dt } objects for `images` images, `perImage` detections each. */
export function syntheticCoco({ images = 5000, categories = 80, perImage = 100, seed = 2017 } = {}) {
  const rand = prng(seed);
  const cats = Array.from({ length: categories }, (_, i) => ({
    id: i + 1 + (i >= 11 ? 1 : 0),
    name: `class${i + 1}`,
    supercategory: 'thing',
  }));
  const imgs = [];
  const anns = [];
  const dts = [];
  for (let i = 0; i < images; i++) {
    const W = 480 + Math.floor(rand() * 161);
    const H = 360 + Math.floor(rand() * 121);
    const id = 100000 + i * 7;
    imgs.push({ id, width: W, height: H, file_name: `${String(id).padStart(12, '0')}.jpg` });
    const n = rand() < 0.02 ? 0 : 1 + Math.floor(-Math.log(1 - rand()) * 7.5);
    const own = [];
    for (let j = 0; j < n; j++) {
      const bbox = randomBox(rand, W, H);
      const cat = cats[Math.floor(rand() ** 1.6 * categories)].id; // imbalanced classes
      const crowd = rand() < 0.01 ? 1 : 0;
      anns.push({
        id: anns.length + 1,
        image_id: id,
        category_id: cat,
        bbox,
        area: round2(bbox[2] * bbox[3] * (0.5 + rand() * 0.45)),
        iscrowd: crowd,
      });
      own.push({ bbox, cat });
    }
    const kept = [];
    for (const g of own) {
      const copies = 1 + Math.floor(rand() * 2);
      for (let c = 0; c < copies && kept.length < perImage; c++) {
        const cat = rand() < 0.1 ? cats[Math.floor(rand() * categories)].id : g.cat;
        kept.push({
          image_id: id,
          category_id: cat,
          bbox: jitter(rand, g.bbox, [0.02, 0.08, 0.2][c]),
          score: round2(0.3 + rand() * 0.7) + Math.floor(rand() * 1e6) / 1e8,
        });
      }
    }
    while (kept.length < perImage) {
      kept.push({
        image_id: id,
        category_id: cats[Math.floor(rand() * categories)].id,
        bbox: randomBox(rand, W, H),
        score: Math.floor(rand() * rand() * 1e5) / 1e5,
      });
    }
    dts.push(...kept);
  }
  return {
    gt: { info: { description: 'synthetic val2017-sized set' }, images: imgs, annotations: anns, categories: cats },
    dt: dts,
  };
}
