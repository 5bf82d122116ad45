// Problems found in the inputs. pycocotools crashes (or silently drops data) on each of these; we
// report them instead. `crashes` marks the ones pycocotools cannot evaluate at all: strict mode
// turns those into a CocoInputError, the default mode applies the documented fallback.

/** One problem found in the ground truth or the results, with how it was handled. */
export interface Finding {
  /** Stable identifier, e.g. 'dt-unknown-image'. */
  code: string;
  /** 'gt' or 'dt': which file it is about. */
  file: 'gt' | 'dt';
  /** How many annotations/entries it concerns. */
  count: number;
  /** What was wrong and what was done about it. */
  message: string;
  /** True when pycocotools would raise on it (so the numbers are our fallback, not its output). */
  crashes: boolean;
  /** Up to 5 example ids or indices. */
  examples: (number | string)[];
}

/** An input pycocotools cannot evaluate, raised in strict mode (and for unusable files always). */
export class CocoInputError extends Error {
  override name = 'CocoInputError';
  constructor(
    message: string,
    readonly findings: Finding[] = [],
  ) {
    super(message);
  }
}

/** Collects findings by code, counting repeats and keeping a few examples. */
export class FindingLog {
  readonly list: Finding[] = [];
  private byCode = new Map<string, Finding>();
  constructor(private readonly strict: boolean) {}

  add(file: 'gt' | 'dt', code: string, message: string, crashes: boolean, example?: number | string): void {
    let finding = this.byCode.get(code);
    if (!finding) {
      finding = { code, file, count: 0, message, crashes, examples: [] };
      this.byCode.set(code, finding);
      this.list.push(finding);
    }
    finding.count++;
    if (example !== undefined && finding.examples.length < 5) finding.examples.push(example);
  }

  /** In strict mode, throws if any finding is one pycocotools would crash on. */
  throwIfStrict(): void {
    if (!this.strict) return;
    const fatal = this.list.filter((f) => f.crashes);
    if (fatal.length > 0) {
      const list = fatal
        .map((f) => `${f.code} ${f.count}×${f.examples.length ? ` (e.g. ${f.examples.join(', ')})` : ''}`)
        .join('; ');
      throw new CocoInputError(`strict: pycocotools cannot evaluate these inputs: ${list}`, fatal);
    }
  }
}
