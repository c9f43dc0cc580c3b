import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Tone } from '../../packages/widget/src/i18n/tones.js';

/** One file as a browser fetches it: raw bytes, gzip -9 and brotli -11. */
export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** A step of the debtor's journey and the lazily loaded sources it needs. */
export interface JourneyStep {
  name: string;
  sources: readonly string[];
}

/** The emailed-link page: the script tag and `<settle-flow>`, which renders the claim summary first. */
export const EMAILED_LINK_PAGE = ['/elements/flow/define.ts'];

// The tones a creditor can choose; each has its own chunk of the later steps' texts.
export { TONES, type Tone } from '../../packages/widget/src/i18n/tones.js';

/** The later steps' texts of a locale as one tone shows them. */
function laterTexts(locale: string, tone: Tone): string[] {
  return tone === 'empathetic' ? [`settle-locale-rest:${locale}`] : [`settle-locale-rest:${locale}:${tone}`];
}

/** The journey after the first screen, in the order a debtor who pays in full meets it. */
export function journeySteps(locale: string, tone: Tone = 'empathetic'): JourneyStep[] {
  return [
    { name: "quiz (with the later steps' texts)", sources: ['/elements/quiz/define.ts', ...laterTexts(locale, tone)] },
    { name: 'plan picker', sources: ['/elements/plan-picker/define.ts'] },
    { name: 'checkout (sandbox wallet)', sources: ['/elements/checkout/define.ts', '/payments/sandbox/sandbox-adapter.ts'] },
    { name: 'feedback', sources: ['/elements/feedback/define.ts'] },
  ];
}

export function measureBytes(content: Buffer | string, file = ''): FileSize {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    file,
    raw: buffer.byteLength,
    gzip: gzipSync(buffer, { level: 9 }).byteLength,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

export function sumSizes(files: readonly FileSize[], file = 'total'): FileSize {
  return files.reduce((total, next) => ({ file, raw: total.raw + next.raw, gzip: total.gzip + next.gzip, brotli: total.brotli + next.brotli }), { file, raw: 0, gzip: 0, brotli: 0 });
}

/**
 * Reads the widget build's chunk graph (vite's manifest) and answers what a page pays:
 * the critical path (the entry, everything it imports statically, its CSS, and the one
 * locale it loads before painting), each lazily loaded step with the chunks only it
 * needs, and the whole widget.
 */
export class WidgetBundle {
  private readonly manifest: Manifest;

  constructor(private readonly dist: string) {
    this.manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  }

  private size(file: string): FileSize {
    return measureBytes(readFileSync(join(this.dist, file)), file);
  }

  /** Files loaded for `key` and its static imports (and their CSS), transitively. */
  private closure(key: string, seen = new Set<string>()): Set<string> {
    const chunk = this.manifest[key];
    if (!chunk || seen.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const css of chunk.css ?? []) seen.add(css);
    for (const imported of chunk.imports ?? []) this.closure(imported, seen);
    return seen;
  }

  private entryKey(): string {
    const key = Object.keys(this.manifest).find((candidate) => this.manifest[candidate]?.isEntry);
    if (!key) throw new Error('the widget manifest has no entry');
    return key;
  }

  private keyOf(source: string): string {
    const key = Object.keys(this.manifest).find((candidate) => candidate.endsWith(source));
    if (!key) throw new Error(`the widget build has no chunk for ${source}`);
    return key;
  }

  /**
   * Everything fetched before the claim summary paints in `locale`: the entry with its
   * static imports, the locale's first-screen texts, and the closures of `elements`
   * (e.g. the flow element on the emailed-link page, which renders the summary).
   */
  criticalPath(locale = 'en', elements: readonly string[] = []): FileSize[] {
    const files = this.closure(this.entryKey());
    for (const source of [`/i18n/locales/${locale}.ts`, ...elements]) {
      for (const file of this.closure(this.keyOf(source))) files.add(file);
    }
    return [...files].map((file) => this.size(file));
  }

  /**
   * What each later step fetches when the debtor reaches it, in the order given: its
   * chunks minus those the first screen and the steps before it already loaded.
   */
  stepsInOrder(first: readonly FileSize[], steps: readonly JourneyStep[]): { name: string; sizes: FileSize[] }[] {
    const loaded = new Set(first.map((size) => size.file));
    return steps.map((step) => {
      const files = new Set<string>();
      for (const source of step.sources) for (const file of this.closure(this.keyOf(source))) if (!loaded.has(file)) files.add(file);
      for (const file of files) loaded.add(file);
      return { name: step.name, sizes: [...files].map((file) => this.size(file)) };
    });
  }

  /**
   * Every lazily loaded step on its own after the first screen (an element embedded alone
   * in a portal). Steps the build put into a named group (contact and dispute in `requests`)
   * load that group's chunk directly, so it shows under the group's name.
   */
  standaloneSteps(first: readonly FileSize[]): { name: string; sizes: FileSize[] }[] {
    const loaded = new Set(first.map((size) => size.file));
    const lazy = new Set(this.manifest[this.entryKey()]?.dynamicImports ?? []);
    return Object.entries(this.manifest)
      .filter(([key, chunk]) => (chunk.isDynamicEntry || lazy.has(key)) && !key.includes('/i18n/locales/'))
      .map(([key, chunk]) => ({
        name: chunk.isDynamicEntry ? key.replace(/^\0?/, '').replace(/^packages\/widget\/src\//, '') : `group ${chunk.name ?? key}`,
        sizes: [...this.closure(key)].filter((file) => !loaded.has(file)).map((file) => this.size(file)),
      }));
  }

  /**
   * Every JS and CSS file of the build (no source maps) a page in `locale` and `tone` can
   * load: other locales' and other tones' texts left out.
   */
  whole(locale = 'en', tone: Tone = 'empathetic'): FileSize[] {
    const files = new Set<string>();
    for (const [key, chunk] of Object.entries(this.manifest)) {
      const texts = /\/i18n\/locales\/([\w-]+)\.ts$|settle-locale-rest:([\w-]+)(?::(\w+))?$/.exec(key);
      if (texts && (texts[1] ?? texts[2]) !== locale) continue;
      if (texts?.[2] && (texts[3] ?? 'empathetic') !== tone) continue;
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
    }
    return [...files].map((file) => this.size(file));
  }
}
