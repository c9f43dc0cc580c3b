import { readFile, stat } from 'node:fs/promises';
import { resolveInside } from './static-files.js';

interface Compiled {
  mtimeMs: number;
  code: string;
}

/**
 * Serves the demo pages' own scripts, written in TypeScript under demo/src/browser and
 * transpiled on request (TypeScript's transpileModule: no bundler, no extra dependency).
 * Each module keeps its relative `.js` imports, which resolve back to this route.
 */
export class BrowserScripts {
  private readonly cache = new Map<string, Compiled>();

  constructor(private readonly dir: string) {}

  /** Loads the compiler and compiles the scripts ahead of the first page view. */
  async warm(names: readonly string[]): Promise<void> {
    await Promise.all(names.map((name) => this.load(name)));
  }

  /** JavaScript for `/scripts/<name>.js`, or null when there is no such script. */
  async load(name: string): Promise<string | null> {
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*\.js$/.test(name)) return null;
    const path = resolveInside(this.dir, name.replace(/\.js$/, '.ts'));
    if (!path) return null;
    let mtimeMs: number;
    try {
      mtimeMs = (await stat(path)).mtimeMs;
    } catch {
      return null;
    }
    const cached = this.cache.get(path);
    if (cached?.mtimeMs === mtimeMs) return cached.code;
    const ts = (await import('typescript')).default;
    const { outputText } = ts.transpileModule(await readFile(path, 'utf8'), {
      fileName: path,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
    });
    this.cache.set(path, { mtimeMs, code: outputText });
    return outputText;
  }
}
