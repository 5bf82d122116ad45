// The issue types, their scores and thresholds. Per-image ones follow cleanvision 0.3.8's
// ImagePropertyIssueManager defaults (an image is flagged when score < threshold), so users
// coming from it get the same flags; the formula text is what the report page shows.

export const ISSUE_TYPES = [
  'unreadable',
  'dark',
  'light',
  'low-information',
  'blurry',
  'grayscale',
  'odd-aspect-ratio',
  'odd-size',
  'exact-duplicate',
  'near-duplicate',
] as const;

export type IssueType = (typeof ISSUE_TYPES)[number];

export const THRESHOLDS = {
  dark: 0.32,
  light: 0.05,
  lowInformation: 0.3,
  lowInformationFactor: 0.1,
  blurry: 0.29,
  blurryFactor: 0.01,
  blurryColorThreshold: 0.18,
  oddAspectRatio: 0.35,
  oddSizeIqrFactor: 3,
} as const;

/** What the per-image scores are computed from (see brightness.ts, entropy.ts, blurriness.ts). */
export interface ImageProperties {
  /** Brightness percentiles 5 and 99. */
  brightnessP5: number;
  brightnessP99: number;
  entropy: number;
  blurriness: number;
  grayscaleStd: number;
  width: number;
  height: number;
  grayscale: boolean;
}

/** cleanvision's scores: lower is worse; flagged below the threshold. */
export function scores(
  p: ImageProperties,
): Record<'dark' | 'light' | 'low-information' | 'blurry' | 'odd-aspect-ratio', number> {
  const blur = 1 - Math.exp(-p.blurriness * THRESHOLDS.blurryFactor);
  const std = 1 - Math.exp(-p.grayscaleStd * THRESHOLDS.blurryFactor);
  return {
    dark: p.brightnessP99,
    light: 1 - p.brightnessP5,
    'low-information': Math.min(1, THRESHOLDS.lowInformationFactor * p.entropy),
    blurry: Math.min(1, blur + (std > THRESHOLDS.blurryColorThreshold ? std : 0)),
    'odd-aspect-ratio': Math.min(p.width / p.height, p.height / p.width),
  };
}

/** The per-image issues (dataset-level ones, odd size and duplicates, are added later). */
export function imageIssues(p: ImageProperties): IssueType[] {
  const s = scores(p);
  const issues: IssueType[] = [];
  if (s.dark < THRESHOLDS.dark) issues.push('dark');
  if (s.light < THRESHOLDS.light) issues.push('light');
  if (s['low-information'] < THRESHOLDS.lowInformation) issues.push('low-information');
  if (s.blurry < THRESHOLDS.blurry) issues.push('blurry');
  if (p.grayscale) issues.push('grayscale');
  if (s['odd-aspect-ratio'] < THRESHOLDS.oddAspectRatio) issues.push('odd-aspect-ratio');
  return issues;
}

/** How each issue is decided, for the page and the README. */
export const ISSUE_RULES: Record<IssueType, { title: string; rule: string }> = {
  unreadable: {
    title: 'Unreadable',
    rule: 'The file has an image extension but could not be decoded (the row says why): truncated, garbled, empty, not an image, animated, above the pixel limit, or unreadable on disk.',
  },
  dark: {
    title: 'Dark',
    rule: `Per-pixel brightness b = √(0.241 R² + 0.691 G² + 0.068 B²) / 255 (gray: v / 255). Score = 99th percentile of b; flagged when < ${THRESHOLDS.dark} (cleanvision).`,
  },
  light: {
    title: 'Light',
    rule: `Same brightness b. Score = 1 − 5th percentile of b; flagged when < ${THRESHOLDS.light}, i.e. 95 % of the pixels are brighter than 0.95 (cleanvision).`,
  },
  'low-information': {
    title: 'Low information',
    rule: `Score = min(1, ${THRESHOLDS.lowInformationFactor} × entropy), entropy in bits of the image's histogram (all channels' 256 bins one after another, as Pillow's Image.entropy). Flagged when < ${THRESHOLDS.lowInformation}, i.e. entropy < 3 bits (cleanvision).`,
  },
  blurry: {
    title: 'Blurry',
    rule: `Shrunk to ≤ 64 px (Pillow bicubic), gray; blur = √var(FIND_EDGES(gray)), s = std of the 256 gray-histogram counts. Score = min(1, (1 − e^(−0.01·blur)) + (1 − e^(−0.01·s) if that is > ${THRESHOLDS.blurryColorThreshold}, else 0)); flagged when < ${THRESHOLDS.blurry} (cleanvision).`,
  },
  grayscale: {
    title: 'Grayscale',
    rule: 'One gray channel (with or without alpha), or colour channels with R = G = B in every pixel. (cleanvision flags only Pillow mode "L".)',
  },
  'odd-aspect-ratio': {
    title: 'Odd aspect ratio',
    rule: `Score = min(w/h, h/w); flagged when < ${THRESHOLDS.oddAspectRatio} (cleanvision).`,
  },
  'odd-size': {
    title: 'Odd size',
    rule: `s = √w·√h over the readable images; q1, q3 its quartiles, bounds q1 − 3·IQR and q3 + 3·IQR, mid their middle. Score = 1 − clip(|s − mid| / (upper − lower), 0, 1), flagged when < 0.5; when IQR = 0, normalised by mid and flagged when < 1, i.e. any size but the common one (cleanvision).`,
  },
  'exact-duplicate': {
    title: 'Exact duplicate',
    rule: 'Identical decoded pixels: same width, height, channels, bit depth and every sample (XXH3-128 of them), whatever the file bytes or format.',
  },
  'near-duplicate': {
    title: 'Near duplicate',
    rule: 'Identical 64-bit perceptual hash (imagehash.phash: gray, Lanczos to 32×32, DCT, 8×8 lowest frequencies above their median), i.e. Hamming distance 0, as cleanvision; groups equal to an exact-duplicate group are not repeated.',
  },
};
