#!/usr/bin/env python3
"""Generates the COCO evaluation reference data for cli/test/coco/ with pycocotools 2.0.11.

Run:  python3 -m venv /work/venv-coco && /work/venv-coco/bin/pip install pycocotools==2.0.11 numpy
      /work/venv-coco/bin/python cli/scripts/make-coco-reference.py

With --fuzz N [--seed S] [--out DIR] it writes N random cases (bbox with random useCats/maxDets,
segm, keypoints) to DIR instead, for cli/scripts/coco-fuzz.mjs to compare against.

Each case writes cli/test/reference/coco/<case>/gt.json, dt.json and expected.json.gz holding
COCOeval's full precision/recall/scores arrays, stats, the printed summary, and per-image
TP/FP/FN at IoU 0.5 (area 'all') from evalImgs. Everything is seeded: reruns give the same files.
"""
import contextlib
import copy
import gzip
import io
import json
import os
import random
import sys

import numpy as np
import pycocotools
from pycocotools import mask as maskUtils
from pycocotools.coco import COCO
from pycocotools.cocoeval import COCOeval

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'reference', 'coco')


def coco_from(dataset):
    c = COCO()
    c.dataset = copy.deepcopy(dataset)
    with contextlib.redirect_stdout(io.StringIO()):
        c.createIndex()
    return c


def run_eval(gt, dt, iou_type, params=None):
    """COCOeval on fresh copies (segm mutates annotations); returns the expected dict."""
    coco_gt = coco_from(gt)
    with contextlib.redirect_stdout(io.StringIO()):
        coco_dt = coco_gt.loadRes(copy.deepcopy(dt))
    E = COCOeval(coco_gt, coco_dt, iou_type)
    for key, value in (params or {}).items():
        setattr(E.params, key, value)
    with contextlib.redirect_stdout(io.StringIO()):
        E.evaluate()
        E.accumulate()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        E.summarize()
    summary = [l for l in out.getvalue().splitlines() if l.startswith(' Average')]
    p = E.params
    t50 = [i for i, t in enumerate(p.iouThrs) if t == 0.5][0]
    per_image = {}
    n_img = len(p.imgIds)
    # evalImgs index k*A*I + a*I + i; area index 0 = 'all'
    K = len(p.catIds) if p.useCats else 1
    A = len(p.areaRng)
    for k in range(K):
        for i, img in enumerate(p.imgIds):
            e = E.evalImgs[k * A * n_img + i]
            if e is None:
                continue
            dtm, dtig, gtig, gtm = e['dtMatches'][t50], e['dtIgnore'][t50], e['gtIgnore'], e['gtMatches'][t50]
            r = per_image.setdefault(img, [0, 0, 0, 0])
            r[0] += int(np.count_nonzero((dtm > 0) & ~dtig.astype(bool)))
            r[1] += int(np.count_nonzero((dtm == 0) & ~dtig.astype(bool)))
            r[2] += int(np.count_nonzero((gtm == 0) & ~gtig.astype(bool)))
            r[3] += int(np.count_nonzero(~gtig.astype(bool)))
    return {
        'pycocotools': pycocotools.__version__ if hasattr(pycocotools, '__version__') else '2.0.11',
        'numpy': np.__version__,
        'iouType': iou_type,
        'params': {'maxDets': list(map(int, p.maxDets)), 'areaRng': [list(map(float, a)) for a in p.areaRng],
                   'areaRngLbl': list(p.areaRngLbl), 'useCats': int(p.useCats)},
        'counts': [int(c) for c in E.eval['counts']],
        'precision': E.eval['precision'].ravel().tolist(),
        'recall': E.eval['recall'].ravel().tolist(),
        'scores': E.eval['scores'].ravel().tolist(),
        'stats': [float(s) for s in E.stats],
        'summary': summary,
        'perImage': [[img if isinstance(img, str) else int(img)] + per_image.get(img, [0, 0, 0, 0]) for img in p.imgIds],
    }


def write_gz(path, obj):
    """gzip without a timestamp, so that reruns give byte-identical files."""
    with open(path, 'wb') as raw, gzip.GzipFile(fileobj=raw, mode='wb', compresslevel=9, mtime=0, filename='') as f:
        f.write(json.dumps(obj, separators=(',', ':')).encode('utf8'))


def write_case(name, gt, dt, expected, dt_file=None):
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'gt.json'), 'w') as f:
        json.dump(gt, f, separators=(',', ':'))
    with open(os.path.join(d, 'dt.json'), 'w') as f:
        json.dump(dt if dt_file is None else dt_file, f, separators=(',', ':'))
    write_gz(os.path.join(d, 'expected.json.gz'), expected)
    print(name, 'stats', ['%.4f' % s for s in expected['stats']])


# ---------- generators ----------

def images(rng, n, w=(64, 640), h=(64, 480)):
    return [{'id': i + 1, 'width': rng.randint(*w), 'height': rng.randint(*h), 'file_name': 'img%04d.jpg' % (i + 1)} for i in range(n)]


def categories(n):
    return [{'id': c * 2 + 1, 'name': 'class%d' % (c * 2 + 1), 'supercategory': 'thing'} for c in range(n)]


def rand_box(rng, img, small=False):
    W, H = img['width'], img['height']
    s = rng.choice([4, 8, 20, 32, 60, 96, 150]) if not small else rng.choice([3, 5, 10])
    w = max(0.5, rng.gauss(s, s / 3))
    h = max(0.5, rng.gauss(s, s / 3))
    x = rng.uniform(-5, W - w / 2)
    y = rng.uniform(-5, H - h / 2)
    return [round(x, rng.choice([0, 1, 2, 6])), round(y, rng.choice([0, 1, 2, 6])), round(w, 2), round(h, 2)]


def jitter(rng, box, amount):
    x, y, w, h = box
    return [x + rng.gauss(0, amount * w), y + rng.gauss(0, amount * h), max(0.1, w * rng.uniform(1 - amount, 1 + amount)), max(0.1, h * rng.uniform(1 - amount, 1 + amount))]


def bbox_dataset(rng, n_img=40, n_cat=5, empty_cat=True, crowd=0.08):
    imgs = images(rng, n_img)
    cats = categories(n_cat + (1 if empty_cat else 0))
    anns, aid = [], 1
    for img in imgs:
        if rng.random() < 0.15:
            continue  # images without GT
        for _ in range(rng.randint(1, 12)):
            cat = rng.choice(cats[:n_cat])['id']
            box = rand_box(rng, img)
            area = box[2] * box[3] * rng.choice([1.0, rng.uniform(0.4, 1.0)])
            if rng.random() < 0.05:
                area = rng.choice([1024, 9216, 1024.0, 32 * 32 - 1e-9])  # inclusive boundaries
            ann = {'id': aid, 'image_id': img['id'], 'category_id': cat, 'bbox': box, 'area': area,
                   'iscrowd': 1 if rng.random() < crowd else 0}
            if rng.random() < 0.05:
                ann['ignore'] = 1  # overwritten by iscrowd in _prepare
            anns.append(ann)
            aid += 1
    return {'images': imgs, 'categories': cats, 'annotations': anns}


def bbox_results(rng, gt, per_img=(0, 30), no_det_cat=None, tie=0.2, many=()):
    cats = [c['id'] for c in gt['categories'] if c['id'] != no_det_cat]
    by_img = {}
    for a in gt['annotations']:
        by_img.setdefault(a['image_id'], []).append(a)
    res = []
    scores = [0.9, 0.5, 0.75, 0.3]  # tied scores across and within images
    for img in gt['images']:
        n = rng.randint(*per_img) if img['id'] not in many else 130
        for a in by_img.get(img['id'], []):
            if a['category_id'] == no_det_cat or rng.random() < 0.2:
                continue
            res.append({'image_id': img['id'], 'category_id': a['category_id'], 'bbox': jitter(rng, a['bbox'], rng.choice([0.02, 0.1, 0.3])),
                        'score': rng.choice(scores) if rng.random() < tie else round(rng.random(), rng.choice([2, 3, 17]))})
        for _ in range(n):
            res.append({'image_id': img['id'], 'category_id': rng.choice(cats), 'bbox': rand_box(rng, img),
                        'score': rng.choice(scores) if rng.random() < tie else rng.random()})
    rng.shuffle(res)
    return res


# ---------- masks ----------

def random_polygon(rng, img, rings):
    W, H = img['width'], img['height']
    polys = []
    cx, cy = rng.uniform(0, W), rng.uniform(0, H)
    for _ in range(rings):
        r = rng.uniform(2, min(W, H) / 3)
        ox, oy = cx + rng.uniform(-r, r), cy + rng.uniform(-r, r)
        k = rng.randint(3, 14)
        pts = []
        for j in range(k):
            ang = 2 * np.pi * j / k + rng.uniform(-0.3, 0.3)
            rr = r * rng.uniform(0.3, 1.0)
            x = ox + rr * np.cos(ang)
            y = oy + rr * np.sin(ang)
            if rng.random() < 0.1:
                x, y = rng.uniform(-20, W + 20), rng.uniform(-20, H + 20)  # self-intersections, outside the image
            pts += [round(float(x), rng.choice([0, 1, 2, 5])), round(float(y), rng.choice([0, 1, 2, 5]))]
            if rng.random() < 0.1:
                pts += pts[-2:]  # repeated vertex: rleFrPoly's 0/0 path
        polys.append(pts)
    return polys


def blob_mask(rng, img, holes=True):
    W, H = img['width'], img['height']
    m = np.zeros((H, W), dtype=np.uint8)
    yy, xx = np.mgrid[0:H, 0:W]
    for _ in range(rng.randint(1, 3)):
        cx, cy = rng.uniform(0, W), rng.uniform(0, H)
        rx, ry = rng.uniform(2, W / 4), rng.uniform(2, H / 4)
        m |= (((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2 <= 1).astype(np.uint8)
    if holes:
        cx, cy = rng.uniform(0, W), rng.uniform(0, H)
        m &= ~((((xx - cx) / 6) ** 2 + ((yy - cy) / 6) ** 2 <= 1).astype(np.uint8)) & 1
    return m


def uncompressed(m):
    flat = np.asfortranarray(m).ravel(order='F')
    counts, p, c = [], 0, 0
    for v in flat:
        if v != p:
            counts.append(c)
            c, p = 0, v
        c += 1
    counts.append(c)
    return {'size': [int(m.shape[0]), int(m.shape[1])], 'counts': [int(x) for x in counts]}


def compressed(m):
    r = maskUtils.encode(np.asfortranarray(m))
    r['counts'] = r['counts'].decode('ascii')
    return r


def segm_dataset(rng, n_img=16, n_cat=3):
    imgs = images(rng, n_img, w=(40, 160), h=(40, 120))
    cats = categories(n_cat)
    anns, aid = [], 1
    for img in imgs:
        if rng.random() < 0.1:
            continue
        for _ in range(rng.randint(1, 6)):
            cat = rng.choice(cats)['id']
            kind = rng.random()
            if kind < 0.6:
                seg = random_polygon(rng, img, rng.choice([1, 1, 2, 3, 7]))
                rle = maskUtils.merge(maskUtils.frPyObjects(seg, img['height'], img['width']))
                crowd = 0
            else:
                m = blob_mask(rng, img)
                crowd = 1 if kind < 0.85 else 0
                seg = uncompressed(m) if crowd else compressed(m)
                rle = maskUtils.frPyObjects(seg, img['height'], img['width']) if crowd else seg
            area = float(maskUtils.area(rle))
            bbox = [float(v) for v in maskUtils.toBbox(rle)]
            anns.append({'id': aid, 'image_id': img['id'], 'category_id': cat, 'segmentation': seg,
                         'area': area, 'bbox': bbox, 'iscrowd': crowd})
            aid += 1
    return {'images': imgs, 'categories': cats, 'annotations': anns}


def segm_results(rng, gt, with_bbox):
    res = []
    imgs = {i['id']: i for i in gt['images']}
    for a in gt['annotations']:
        if rng.random() < 0.25:
            continue
        img = imgs[a['image_id']]
        coco = coco_from(gt)
        m = coco.annToMask(a)
        shift = rng.randint(-3, 3)
        m = np.roll(m, shift, axis=rng.randint(0, 1))
        if rng.random() < 0.3:
            m = m | blob_mask(rng, img, holes=False)
        r = compressed(m)
        d = {'image_id': a['image_id'], 'category_id': a['category_id'], 'segmentation': r, 'score': round(rng.random(), 3)}
        if with_bbox:
            d['bbox'] = [float(v) for v in maskUtils.toBbox(r)]
        res.append(d)
    for img in gt['images']:
        for _ in range(rng.randint(0, 4)):
            r = compressed(blob_mask(rng, img))
            d = {'image_id': img['id'], 'category_id': rng.choice(gt['categories'])['id'], 'segmentation': r, 'score': rng.random()}
            if with_bbox:
                d['bbox'] = [float(v) for v in maskUtils.toBbox(r)]
            res.append(d)
    return res


# ---------- keypoints ----------

def kp_dataset(rng, n_img=25):
    imgs = images(rng, n_img)
    cats = [{'id': 1, 'name': 'person', 'supercategory': 'person', 'keypoints': ['k%d' % i for i in range(17)]}]
    anns, aid = [], 1
    for img in imgs:
        if rng.random() < 0.1:
            continue
        for _ in range(rng.randint(1, 5)):
            box = rand_box(rng, img)
            x, y, w, h = box
            kps, nk = [], 0
            for _ in range(17):
                v = rng.choice([0, 1, 2, 2, 2]) if rng.random() > 0.1 else 0
                if v:
                    kps += [round(x + rng.random() * w, 1), round(y + rng.random() * h, 1), v]
                    nk += 1
                else:
                    kps += [0, 0, 0]
            anns.append({'id': aid, 'image_id': img['id'], 'category_id': 1, 'bbox': box, 'area': w * h * rng.uniform(0.5, 1),
                         'keypoints': kps, 'num_keypoints': nk, 'iscrowd': 1 if rng.random() < 0.05 else 0})
            aid += 1
    return {'images': imgs, 'categories': cats, 'annotations': anns}


def kp_results(rng, gt, with_bbox=False):
    res = []
    for a in gt['annotations']:
        if rng.random() < 0.2:
            continue
        x, y, w, h = a['bbox']
        g = a['keypoints']
        kps = []
        for j in range(17):
            if g[3 * j + 2] > 0 or rng.random() < 0.5:
                gx = g[3 * j] if g[3 * j + 2] else x + rng.random() * w
                gy = g[3 * j + 1] if g[3 * j + 2] else y + rng.random() * h
                s = rng.choice([0.5, 2, 8, 30])
                kps += [gx + rng.gauss(0, s), gy + rng.gauss(0, s), 1]
            else:
                kps += [x + rng.random() * w, y + rng.random() * h, 0]
        d = {'image_id': a['image_id'], 'category_id': 1, 'keypoints': kps, 'score': round(rng.random(), 2)}
        if with_bbox:
            d['bbox'] = [x, y, w, h]
        res.append(d)
    for img in gt['images']:
        for _ in range(rng.randint(0, 3)):
            kps = []
            for _ in range(17):
                kps += [rng.uniform(0, img['width']), rng.uniform(0, img['height']), 1]
            d = {'image_id': img['id'], 'category_id': 1, 'keypoints': kps, 'score': rng.random()}
            if with_bbox:
                d['bbox'] = rand_box(rng, img)
            res.append(d)
    return res


def mask_cases(rng):
    """maskApi.c functions one by one: rleFrPoly strings, merges, RLE IoU with crowd, area, toBbox."""
    polys = []
    for n in range(400):
        h, w = rng.randint(1, 90), rng.randint(1, 90)
        k = rng.choice([1, 2, 3, 3, 4, 5, 8, 20])
        spread = rng.choice([0.5, 1, 1.3, 3])
        pts = []
        for _ in range(k):
            x = rng.uniform(-0.3 * w, spread * w)
            y = rng.uniform(-0.3 * h, spread * h)
            r = rng.random()
            if r < 0.3:
                x, y = round(x), round(y)  # integer vertices
            elif r < 0.5:
                x, y = round(x * 2) / 2, round(y * 2) / 2  # half-pixel vertices
            elif r < 0.6:
                x, y = round(x, 1) + 0.1, round(y, 1) - 0.1
            pts += [x, y]
            if rng.random() < 0.15:
                pts += [x, y]  # repeated vertex
        while len(pts) < 6:
            pts += pts[:2]  # pycocotools reads a 4-value first ring as a box and rejects shorter ones
        rle = maskUtils.frPyObjects([pts], h, w)[0]
        polys.append({'poly': pts, 'h': h, 'w': w, 'counts': rle['counts'].decode('ascii')})
    merges = []
    for n in range(60):
        h, w = rng.randint(5, 60), rng.randint(5, 60)
        rings = [[rng.uniform(-5, w + 5) for _ in range(2 * rng.randint(3, 7))] for _ in range(rng.randint(2, 6))]
        for ring in rings:
            for j in range(1, len(ring), 2):
                ring[j] = ring[j] * h / w
        m = maskUtils.merge(maskUtils.frPyObjects(rings, h, w))
        merges.append({'rings': rings, 'h': h, 'w': w, 'counts': m['counts'].decode('ascii'), 'area': int(maskUtils.area(m)),
                       'bbox': [float(v) for v in maskUtils.toBbox(m)]})
    img = {'width': 50, 'height': 40}
    dts = [compressed(blob_mask(rng, img, holes=rng.random() < 0.5)) for _ in range(12)]
    gts = [compressed(blob_mask(rng, img, holes=rng.random() < 0.5)) for _ in range(9)]
    dts.append(compressed(np.zeros((40, 50), dtype=np.uint8)))
    crowd = [rng.random() < 0.4 for _ in gts]
    ious = maskUtils.iou(dts, gts, crowd)
    sums = []
    for n in [1, 5, 8, 9, 17, 100, 128, 129, 1000, 5003, 80800]:
        values = np.array([rng.random() * rng.choice([1, 1e-3, 1e3]) for _ in range(n)])
        sums.append({'values': values.tolist(), 'sum': float(np.sum(values)), 'mean': float(np.mean(values))})
    return {'sums': sums, 'polys': polys, 'merges': merges, 'iou': {'dts': dts, 'gts': gts, 'iscrowd': [int(c) for c in crowd],
            'ious': np.asarray(ious).tolist(), 'areas': [int(maskUtils.area(d)) for d in dts],
            'bboxes': [[float(v) for v in maskUtils.toBbox(d)] for d in dts]}}


def main():
    write_gz(os.path.join(OUT, '..', 'coco-masks.json.gz'), mask_cases(random.Random(5)))
    rng = random.Random(12)
    # bbox: crowd, ignore overwritten, inclusive area bounds, empty images and classes, ties, >100 dets
    gt = bbox_dataset(rng)
    dt = bbox_results(rng, gt, no_det_cat=gt['categories'][1]['id'], many=(3, 7))
    write_case('bbox-basic', gt, dt, run_eval(gt, dt, 'bbox'))
    write_case('bbox-maxdets', gt, dt, run_eval(gt, dt, 'bbox', {'maxDets': [2, 5, 20]}))
    write_case('bbox-arearng', gt, dt, run_eval(gt, dt, 'bbox', {'areaRng': [[0, 1e10], [0, 400], [400, 5000], [5000, 1e10]]}))
    write_case('bbox-usecats0', gt, dt, run_eval(gt, dt, 'bbox', {'useCats': 0}))
    for seed in range(4):
        r = random.Random(100 + seed)
        g = bbox_dataset(r, n_img=r.randint(5, 60), n_cat=r.randint(1, 6), empty_cat=r.random() < 0.5, crowd=r.choice([0, 0.1, 0.3]))
        d = bbox_results(r, g, per_img=(0, r.choice([3, 40, 120])), tie=r.choice([0, 0.5, 0.9]))
        write_case('bbox-random-%d' % seed, g, d, run_eval(g, d, 'bbox'))
    # quirks: GT id 0 (its matches count as FP), duplicate GT ids (loadAnns: last wins), zero-size boxes
    q = bbox_dataset(random.Random(7), n_img=12, n_cat=2)
    q['annotations'][0]['id'] = 0
    q['annotations'][3]['id'] = q['annotations'][5]['id']
    q['annotations'][8]['bbox'][2] = 0
    qd = bbox_results(random.Random(8), q)
    write_case('bbox-quirks', q, qd, run_eval(q, qd, 'bbox'))
    # results with image ids and category ids not in the GT: expected = pycocotools without the
    # unknown images (it asserts on them), unknown categories kept (it ignores them itself)
    u = bbox_dataset(random.Random(9), n_img=10, n_cat=3)
    ud = bbox_results(random.Random(10), u)
    extra = [{'image_id': 9999, 'category_id': 1, 'bbox': [1, 2, 3, 4], 'score': 0.9}, {'image_id': 1, 'category_id': 4242, 'bbox': [1, 2, 30, 40], 'score': 0.8}]
    write_case('bbox-unknown-ids', u, ud + extra, run_eval(u, ud + extra[1:], 'bbox'))
    # empty results: pycocotools crashes; the expectation is "no detections", obtained with one
    # detection of an unknown category (evaluated as nothing)
    write_case('bbox-empty', u, [], run_eval(u, [{'image_id': 1, 'category_id': 4242, 'bbox': [1, 2, 3, 4], 'score': 0.5}], 'bbox'))
    # a GT with id 0: the detection matched to it is stored as dtMatches 0, i.e. a false positive
    z = {'images': [{'id': 1, 'width': 100, 'height': 100}], 'categories': [{'id': 1, 'name': 'a'}],
         'annotations': [{'id': 0, 'image_id': 1, 'category_id': 1, 'bbox': [10, 10, 20, 20], 'area': 400, 'iscrowd': 0},
                         {'id': 5, 'image_id': 1, 'category_id': 1, 'bbox': [50, 50, 20, 20], 'area': 400, 'iscrowd': 0}]}
    zd = [{'image_id': 1, 'category_id': 1, 'bbox': [10, 10, 20, 20], 'score': 0.9}, {'image_id': 1, 'category_id': 1, 'bbox': [50, 50, 20, 20], 'score': 0.8}]
    write_case('bbox-gt-id-zero', z, zd, run_eval(z, zd, 'bbox'))
    for seed in range(2):
        r = random.Random(200 + seed)
        g = segm_dataset(r, n_img=r.randint(4, 12), n_cat=r.randint(1, 4))
        d = segm_results(random.Random(300 + seed), g, seed == 1)
        write_case('segm-random-%d' % seed, g, d, run_eval(g, d, 'segm'))
    # string image ids: np.unique sorts them as strings ('img10' < 'img9')
    sg = bbox_dataset(random.Random(11), n_img=12, n_cat=2)
    sd = bbox_results(random.Random(12), sg)
    for x in sg['images']:
        x['id'] = 'img%d' % x['id']
    for x in sg['annotations'] + sd:
        x['image_id'] = 'img%d' % x['image_id']
    write_case('bbox-string-ids', sg, sd, run_eval(sg, sd, 'bbox'))
    # segm: polygons with many rings (repeated vertices, outside the image), crowd uncompressed RLE,
    # compressed RLE, RLE results with and without bbox (with bbox, loadRes uses w*h as the area)
    s = segm_dataset(random.Random(21))
    write_case('segm-rle', s, segm_results(random.Random(22), s, False), run_eval(s, segm_results(random.Random(22), s, False), 'segm'))
    sd = segm_results(random.Random(23), s, True)
    write_case('segm-rle-bbox', s, sd, run_eval(s, sd, 'segm'))
    # box results evaluated as segm: loadRes turns each box into a 4-corner polygon
    bd = [{'image_id': d['image_id'], 'category_id': d['category_id'], 'bbox': d['bbox'], 'score': d['score']} for d in sd]
    write_case('segm-from-boxes', s, bd, run_eval(s, bd, 'segm'))
    write_case('segm-as-bbox', s, sd, run_eval(s, sd, 'bbox'))
    k = kp_dataset(random.Random(31))
    kd = kp_results(random.Random(32), k)
    write_case('keypoints', k, kd, run_eval(k, kd, 'keypoints'))
    # useCats=0 for keypoints: computeOks reads _gts[img, -1], which is empty, so nothing matches
    write_case('keypoints-usecats0', k, kd, run_eval(k, kd, 'keypoints', {'useCats': 0}))
    kd2 = kp_results(random.Random(33), k, with_bbox=True)
    write_case('keypoints-with-bbox', k, kd2, run_eval(k, kd2, 'keypoints'))


def fuzz(n, seed, out):
    """N random cases, each from its own seed, cycling through bbox, segm and keypoints."""
    global OUT
    OUT = out
    for i in range(n):
        r = random.Random(seed + i)
        if i % 3 == 0:
            g = bbox_dataset(r, n_img=r.randint(3, 80), n_cat=r.randint(1, 8), empty_cat=r.random() < 0.5, crowd=r.choice([0, 0.1, 0.4]))
            d = bbox_results(r, g, per_img=(0, r.choice([2, 30, 150])), tie=r.choice([0, 0.5, 0.95]))
            params = {}
            if r.random() < 0.3:
                params['useCats'] = 0
            if r.random() < 0.3:
                params['maxDets'] = sorted(r.sample(range(1, 120), 3))
            write_case('fuzz%04d-bbox' % i, g, d, run_eval(g, d, 'bbox', params))
        elif i % 3 == 1:
            g = segm_dataset(r, n_img=r.randint(2, 10), n_cat=r.randint(1, 3))
            d = segm_results(r, g, r.random() < 0.5)
            write_case('fuzz%04d-segm' % i, g, d, run_eval(g, d, 'segm'))
        else:
            g = kp_dataset(r, n_img=r.randint(3, 30))
            d = kp_results(r, g, with_bbox=r.random() < 0.3)
            write_case('fuzz%04d-keypoints' % i, g, d, run_eval(g, d, 'keypoints'))


if __name__ == '__main__':
    if '--fuzz' in sys.argv:
        arg = lambda name, default: sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default
        sys.exit(fuzz(int(arg('--fuzz', 30)), int(arg('--seed', 1000)), arg('--out', '/tmp/fastclahe-coco-fuzz')))
    sys.exit(main())
