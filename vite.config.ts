import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyCss } from './packages/widget/build/minify-css.js';
import { manglePrivate } from './packages/widget/build/mangle-private.js';
import { minifyHtml } from './packages/widget/build/minify-html.js';
import { shortenCssVars } from './packages/widget/build/shorten-css-vars.js';
import { splitLocales } from './packages/widget/build/split-locales.js';
import { chunkFileName, sharedStepChunks } from './packages/widget/build/step-chunks.js';

const widgetEntry = fileURLToPath(new URL('packages/widget/src/settle.ts', import.meta.url));
const widgetDist = fileURLToPath(new URL('packages/widget/dist', import.meta.url));
const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const widgetSource = fromRoot('packages/widget/src');
/** Code that drives the built widget from outside (demo pages, browser tests): names it uses stay. */
const drivers = ['demo/src', 'tests/e2e', 'tests/screenshots', 'tests/security', 'tests/support', 'tests/bench', 'tests/stress', 'tests/fixtures'].map(fromRoot);

/**
 * Builds the widget's script-tag entry (`dist/settle.js`) as an ES module. Lazily imported
 * code (locales, later steps, payment providers) becomes separate chunks. No public dir,
 * so test-only files such as msw's service worker never ship.
 */
export default defineConfig({
  publicDir: false,
  plugins: [
    manglePrivate({ src: widgetSource, tsconfig: fromRoot('packages/widget/tsconfig.build.json'), outside: drivers }),
    shortenCssVars({ src: widgetSource, outside: drivers }),
    splitLocales(),
    minifyCss(),
    minifyHtml(),
  ],
  resolve: { conditions: ['settle-source', 'browser', 'module', 'import', 'default'] },
  build: {
    outDir: widgetDist,
    emptyOutDir: true,
    target: 'es2022',
    // Maps ship beside every file (for DevTools and error reporting), without the
    // `sourceMappingURL` comment: that line costs each script ~45 bytes gzip on the debtor's
    // phone, about 1 KB over the whole widget. Add a map in DevTools, or send a `SourceMap` header.
    sourcemap: 'hidden',
    minify: true,
    reportCompressedSize: true,
    // .vite/manifest.json: the chunk graph the size budgets and the SRI manifest are computed from.
    manifest: true,
    lib: {
      entry: widgetEntry,
      formats: ['es'],
      fileName: () => 'settle.js',
    },
    rolldownOptions: {
      // The entry may export more than its own API, so the code every page needs (Lit, the
      // base element, the API client) lives in settle.js itself instead of in chunks the
      // browser could only discover after fetching it: one round trip less before the claim.
      preserveEntrySignatures: 'allow-extension',
      // Library mode keeps whitespace and `@__PURE__` notes for other bundlers; these files are
      // served as they are, so minify fully and drop the notes (no legal comments are lost).
      output: {
        chunkFileNames: chunkFileName,
        minify: true,
        comments: { annotation: false },
        codeSplitting: {
          groups: sharedStepChunks({
            // The protocol's value lists and checks the steps' answer checks use.
            checks: /\/protocol\/src\/(plans\/offer-kinds|journey\/journey-options)\.ts$|\/widget\/src\/api\/checks\/protocol-values\.ts$/,
            // The secondary request steps (contact, dispute, feedback) and what they share: sending
            // once, choices, time windows. One file costs less than the three steps and their
            // shared part apart, and a debtor who asks for one often asks for another.
            requests:
              /\/widget\/src\/elements\/(contact|dispute|feedback)\/|\/widget\/src\/forms\/(submit-once|request-forms|choices|time-window)\.ts$|\/widget\/src\/api\/checks\/recorded-requests\.ts$/,
          }),
        },
      },
    },
  },
});
