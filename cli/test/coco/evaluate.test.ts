// COCOeval parity: every reference case's full precision/recall/scores arrays, stats and printed
// summary equal pycocotools 2.0.11's, bit for bit.
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../src/coco/index.js';
import { differences, referenceCases } from './reference.js';

const cases = referenceCases();

describe('coco evaluate matches pycocotools 2.0.11 exactly', () => {
  test('there are reference cases for all three iou types', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(cases.map((c) => c.expected.iouType))).toEqual(new Set(['bbox', 'segm', 'keypoints']));
  });

  for (const c of cases) {
    test(c.name, () => {
      const e = c.expected;
      const ev = evaluate(c.gt, c.dt, {
        iouType: e.iouType,
        maxDets: e.params.maxDets,
        areaRng: e.params.areaRng,
        areaRngLbl: e.params.areaRngLbl,
        useCats: e.params.useCats === 1,
      });
      expect(ev.counts).toEqual(e.counts);
      expect(differences(ev.precision, e.precision)).toEqual([]);
      expect(differences(ev.recall, e.recall)).toEqual([]);
      expect(differences(ev.scores, e.scores)).toEqual([]);
      expect(differences(ev.stats, e.stats)).toEqual([]);
      expect(ev.summary.map((l) => l.text)).toEqual(e.summary);
      const perImage = ev.perImage!.map((m) => [m.id, m.tp, m.fp, m.fn, m.gt]);
      expect(perImage).toEqual(e.perImage);
    });
  }
});
