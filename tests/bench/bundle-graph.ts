import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One file as a browser fetches it: raw bytes, gzip -9 and brotli -11. */
export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

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

  /** Everything fetched before the claim summary paints in `locale`. */
  criticalPath(locale = 'en'): FileSize[] {
    const files = this.closure(this.entryKey());
    const localeKey = Object.keys(this.manifest).find((key) => key.endsWith(`/i18n/locales/${locale}.ts`));
    if (localeKey) for (const file of this.closure(localeKey)) files.add(file);
    return [...files].map((file) => this.size(file));
  }

  /** Each lazily imported chunk group (a later step, a provider adapter, a locale) minus what the critical path already loaded. */
  lazySteps(): { name: string; sizes: FileSize[] }[] {
    const critical = new Set(this.criticalPath().map((size) => size.file));
    return Object.entries(this.manifest)
      .filter(([key, chunk]) => chunk.isDynamicEntry && !key.includes('/i18n/locales/'))
      .map(([key]) => ({
        name: key.replace(/^packages\/widget\/src\//, ''),
        sizes: [...this.closure(key)].filter((file) => !critical.has(file)).map((file) => this.size(file)),
      }));
  }

  /** Every JS and CSS file of the build (no source maps). */
  whole(): FileSize[] {
    const files = new Set<string>();
    for (const chunk of Object.values(this.manifest)) {
      files.add(chunk.file);
      for (const css of chunk.css ?? []) files.add(css);
    }
    return [...files].map((file) => this.size(file));
  }
}
