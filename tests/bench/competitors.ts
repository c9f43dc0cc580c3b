import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { measureBytes, sumSizes, type FileSize } from './bundle-graph.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside node_modules so the entries resolve the installed packages like an app would.
const workDir = join(root, 'node_modules', '.cache', 'settle-bench');

/** The drop-ins people embed today, bundled from npm the way an app would ship them. */
const COMPETITORS = {
  'Adyen Web: AdyenCheckout + Card (+ CSS)': `import { AdyenCheckout, Card } from '@adyen/adyen-web';\nimport '@adyen/adyen-web/styles/adyen.css';\nglobalThis.__keep = [AdyenCheckout, Card];\n`,
  'Adyen Web: all components (+ CSS)': `import * as all from '@adyen/adyen-web/auto';\nimport '@adyen/adyen-web/styles/adyen.css';\nglobalThis.__keep = all;\n`,
  'Braintree Drop-in (+ CSS)': `import dropin from 'braintree-web-drop-in';\nimport 'braintree-web-drop-in/dropin.css';\nglobalThis.__keep = dropin;\n`,
} as const;
export type CompetitorName = keyof typeof COMPETITORS;

/** Minifies one competitor with the same bundler and settings as the widget; returns JS + CSS sizes. */
async function bundle(name: string, source: string): Promise<FileSize> {
  const dir = join(workDir, name.replace(/[^a-z0-9]+/gi, '-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'entry.js'), source);
  await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    publicDir: false,
    build: {
      outDir: join(dir, 'dist'),
      target: 'es2022',
      minify: true,
      cssMinify: true,
      lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: () => 'bundle.js', cssFileName: 'bundle' },
      rolldownOptions: { output: { minify: true, codeSplitting: false } },
    },
  });
  const outDir = join(dir, 'dist');
  const files = readdirSync(outDir).filter((file) => file.endsWith('.js') || file.endsWith('.css'));
  return sumSizes(
    files.map((file) => measureBytes(readFileSync(join(outDir, file)), file)),
    name,
  );
}

/**
 * Vite's in-process build sets NODE_ENV=production for the rest of the process; it is put
 * back afterwards, so the later sections run the server SDK as the bench was started (under
 * production it refuses the sandbox provider they pay with).
 */
export async function measureCompetitors(): Promise<Record<CompetitorName, FileSize>> {
  const nodeEnv = process.env.NODE_ENV;
  const results = {} as Record<CompetitorName, FileSize>;
  try {
    for (const [name, source] of Object.entries(COMPETITORS) as [CompetitorName, string][]) {
      results[name] = await bundle(name, source);
    }
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return results;
}
