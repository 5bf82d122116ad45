// Inputs pycocotools crashes on or silently mishandles: each gives a finding, the default mode
// evaluates what is evaluable (equal to pycocotools on the cleaned files), strict mode throws.
import { describe, expect, test } from 'vitest';
import { CocoInputError, evaluate } from '../../src/coco/index.js';
import { differences, referenceCases } from './reference.js';

const byName = new Map(referenceCases().map((c) => [c.name, c]));
const gt = () =>
  structuredClone(byName.get('bbox-unknown-ids')!.gt) as {
    images: { id: number }[];
    annotations: Record<string, unknown>[];
    categories: { id: number }[];
  };
const dt = () => structuredClone(byName.get('bbox-unknown-ids')!.dt) as Record<string, unknown>[];
const codes = (ev: { findings: { code: string }[] }) => ev.findings.map((f) => f.code);

describe('coco input findings', () => {
  test('results on unknown images are dropped with a finding; the rest equals pycocotools without them', () => {
    const c = byName.get('bbox-unknown-ids')!;
    const ev = evaluate(c.gt, c.dt);
    expect(codes(ev)).toEqual(['dt-unknown-image', 'dt-unknown-category']);
    expect(ev.findings[0]).toMatchObject({ count: 1, crashes: true, examples: ['9999'] });
    expect(ev.findings[1]).toMatchObject({ count: 1, crashes: false, examples: [4242] });
    expect(differences(ev.precision, c.expected.precision)).toEqual([]);
    expect(() => evaluate(c.gt, c.dt, { strict: true })).toThrow(
      /strict: pycocotools cannot evaluate these inputs: dt-unknown-image 1× \(e\.g\. 9999\)/,
    );
  });

  test('an empty results file is AP 0 for every class with GT (pycocotools raises IndexError)', () => {
    const c = byName.get('bbox-empty')!;
    const ev = evaluate(c.gt, []);
    expect(codes(ev)).toEqual(['dt-empty']);
    expect(ev.stats).toEqual(c.expected.stats);
    expect(ev.stats[0]).toBe(0);
    expect(ev.perCategory.map((k) => k.ap)).toEqual(ev.perCategory.map((k) => (k.gt > 0 ? 0 : -1)));
    expect(() => evaluate(c.gt, [], { strict: true })).toThrow(CocoInputError);
  });

  test('malformed results are dropped and counted: bad box, missing score, non-object', () => {
    const d = dt().slice(0, 20);
    d[0]!.bbox = [1, 2, 3];
    delete d[1]!.score;
    const ev = evaluate(gt(), [...d, 'x']);
    const byCode = Object.fromEntries(ev.findings.map((f) => [f.code, f.count]));
    expect(byCode).toMatchObject({ 'dt-bad-bbox': 1, 'dt-bad-score': 1, 'dt-not-object': 1 });
  });

  test('GT without iscrowd or area: taken as 0 and the box area, flagged as a pycocotools crash', () => {
    const g = gt();
    delete g.annotations[0]!.iscrowd;
    delete g.annotations[1]!.area;
    const ev = evaluate(g, dt());
    expect(codes(ev)).toContain('gt-missing-iscrowd');
    expect(codes(ev)).toContain('gt-missing-area');
    expect(() => evaluate(g, dt(), { strict: true })).toThrow(/gt-missing-iscrowd 1×.*gt-missing-area 1×/);
  });

  test('segm GT without area: the mask area is used, so the numbers equal the file with areas', () => {
    const c = byName.get('segm-rle')!;
    const g = structuredClone(c.gt) as { annotations: { area?: number; iscrowd: number }[] };
    // The generated areas are the mask areas, so dropping them must change nothing.
    for (const a of g.annotations) delete a.area;
    const ev = evaluate(g, c.dt, { iouType: 'segm' });
    expect(ev.findings.map((f) => [f.code, f.count])).toEqual([['gt-missing-area', g.annotations.length]]);
    expect(differences(ev.precision, c.expected.precision)).toEqual([]);
  });

  test('GT annotations of unknown images or categories are not evaluated, as in pycocotools', () => {
    const g = gt();
    g.annotations.push(
      { ...g.annotations[0]!, id: 99901, image_id: 424242 },
      { ...g.annotations[0]!, id: 99902, category_id: 777 },
    );
    const ev = evaluate(g, dt());
    const base = evaluate(gt(), dt());
    expect(codes(ev)).toEqual(
      expect.arrayContaining(['gt-annotation-unknown-image', 'gt-annotation-unknown-category']),
    );
    expect(differences(ev.precision, base.precision)).toEqual([]);
  });

  test('image ids given as strings where the GT has numbers get their own finding', () => {
    const d = dt().map((x) => ({ ...x, image_id: String(x.image_id) }));
    const ev = evaluate(gt(), d);
    expect(codes(ev)).toEqual(['dt-image-id-type', 'dt-unknown-image']); // 9999 is not in the GT either way
    expect(ev.findings[0]!.message).toContain('image_id is a string where the ground truth');
    expect(ev.stats[0]).toBe(0);
  });

  test('unusable files are errors in every mode', () => {
    expect(() => evaluate([], [])).toThrow(/ground truth is not a JSON object/);
    expect(() => evaluate({ images: [], categories: [] }, [])).toThrow(/no "annotations" array/);
    expect(() => evaluate(gt(), { annotations: [] })).toThrow(
      /results are not a JSON array.*looks like a dataset file/,
    );
    const g = gt();
    (g.images[0] as { id: unknown }).id = 'a';
    expect(() => evaluate(g, [])).toThrow(/image ids mix numbers and strings/);
  });

  test('keypoint results evaluated as segm have no mask: dropped with a finding, never a crash', () => {
    const k = byName.get('keypoints')!;
    const ev = evaluate(k.gt, k.dt, { iouType: 'segm' });
    expect(ev.findings.map((f) => f.code)).toContain('dt-bad-segmentation');
  });

  test('keypoint arrays of the wrong length are an error naming the annotation', () => {
    const k = byName.get('keypoints')!;
    const d = structuredClone(k.dt) as { keypoints: number[] }[];
    d[0]!.keypoints = d[0]!.keypoints.slice(0, 30);
    expect(() => evaluate(k.gt, d, { iouType: 'keypoints' })).toThrow(
      /has 30 keypoint values; the 17 OKS sigmas need 51/,
    );
  });
});
