// Writes dist/settle-manifest.json: every file the script tag may load, with its size and
// Subresource Integrity hash (sha384), for creditors who pin what their payment page runs
// (PCI DSS 6.4.3). Run after the build:  node packages/widget/scripts/sri-manifest.mjs
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const dist = process.argv[2] ?? join(packageDir, 'dist');

/** JavaScript files under `dir`, as forward-slash paths relative to dist, sorted. */
function scripts(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'types' || entry.name.startsWith('.') ? [] : scripts(path);
      return entry.name.endsWith('.js') ? [relative(dist, path).split(sep).join('/')] : [];
    })
    .sort();
}

function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const files = {};
for (const file of scripts(dist)) {
  const bytes = readFileSync(join(dist, file));
  files[file] = { integrity: integrityOf(bytes), bytes: bytes.byteLength };
}
if (!files['settle.js']) throw new Error(`no settle.js in ${dist}: build the widget first`);

/**
 * What to `<link rel="modulepreload">` so a page's first screen needs no second round trip
 * for code: per lazily defined element (settle-flow, ...) and per language's first-screen
 * texts, the chunks it loads that settle.js does not already hold. From the build's chunk graph.
 */
function preloads() {
  const graph = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const closure = (key, seen = new Set()) => {
    const chunk = graph[key];
    if (!chunk || seen.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(imported, seen);
    return seen;
  };
  const entry = closure(Object.keys(graph).find((key) => graph[key].isEntry));
  const beyondEntry = (key) => [...closure(key)].filter((file) => !entry.has(file));
  const elements = {};
  const texts = {};
  for (const key of Object.keys(graph).sort()) {
    const element = /\/elements\/([a-z-]+)\/define\.ts$/.exec(key)?.[1];
    const language = /\/i18n\/locales\/([a-z]{2})\.ts$/.exec(key)?.[1];
    if (element && graph[key].isDynamicEntry) elements[`settle-${element}`] = beyondEntry(key);
    if (language) texts[language] = beyondEntry(key);
  }
  return { elements, texts };
}

const manifest = {
  name: '@settle/widget',
  version,
  entry: 'settle.js',
  algorithm: 'sha384',
  files,
  preload: preloads(),
  // Paste into <script type="importmap"> (paths resolved against where you serve dist/) so
  // the browser also checks the lazily imported chunks, not only the entry's script tag.
  importMap: { integrity: Object.fromEntries(Object.entries(files).map(([file, { integrity }]) => [`./${file}`, integrity])) },
};
writeFileSync(join(dist, 'settle-manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`settle-manifest.json: ${Object.keys(files).length} files, entry ${files['settle.js'].integrity}`);
