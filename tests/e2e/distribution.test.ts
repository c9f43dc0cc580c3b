import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/repo.js';
import { ensureWidgetBuilt } from '../support/widget-build.js';

const WIDGET = join(REPO_ROOT, 'packages/widget');
const DIST = join(WIDGET, 'dist');

interface SriManifest {
  entry: string;
  algorithm: string;
  files: Record<string, { integrity: string; bytes: number }>;
  importMap: { integrity: Record<string, string> };
}

interface CustomElementsManifest {
  modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }>; events?: Array<{ name: string }> }> }>;
}

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'types' || entry.name.startsWith('.') ? [] : scripts(path);
    return entry.name.endsWith('.js') ? [relative(DIST, path).split(sep).join('/')] : [];
  });
}

let sri: SriManifest;
let elements: CustomElementsManifest;

/** The build steps a release runs after `vite build`: the SRI manifest and the custom-elements manifest. */
beforeAll(() => {
  ensureWidgetBuilt();
  execFileSync(process.execPath, [join(WIDGET, 'scripts/sri-manifest.mjs')], { cwd: REPO_ROOT, stdio: 'pipe' });
  sri = JSON.parse(readFileSync(join(DIST, 'settle-manifest.json'), 'utf8')) as SriManifest;
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze'], { cwd: WIDGET, stdio: 'pipe' });
  elements = JSON.parse(readFileSync(join(WIDGET, 'custom-elements.json'), 'utf8')) as CustomElementsManifest;
}, 240_000);

describe('the script-tag distribution', () => {
  it('lists every script the entry can load, each with the sha384 of its exact bytes', () => {
    expect(sri.entry).toBe('settle.js');
    expect(Object.keys(sri.files).sort()).toEqual(scripts(DIST).sort());
    expect(Object.keys(sri.files).length).toBeGreaterThan(5);
    for (const [file, { integrity, bytes }] of Object.entries(sri.files)) {
      const content = readFileSync(join(DIST, file));
      expect(integrity, file).toBe(`sha384-${createHash('sha384').update(content).digest('base64')}`);
      expect(bytes, file).toBe(content.byteLength);
      expect(sri.importMap.integrity[`./${file}`], `${file} in the import map`).toBe(integrity);
    }
  });

  it('the entry names the flow and every step element, each loading from a chunk in the manifest', () => {
    const entry = readFileSync(join(DIST, 'settle.js'), 'utf8');
    for (const tag of ['settle-flow', 'settle-identity', 'settle-quiz', 'settle-plan-picker', 'settle-checkout', 'settle-feedback', 'settle-dispute', 'settle-contact', 'settle-plan-manager']) {
      expect(entry, tag).toContain(tag);
    }
    const imported = [...entry.matchAll(/import\(`?["'`]?\.\/(chunks\/[\w.-]+\.js)/g)].map((match) => match[1]!);
    expect(imported.length).toBeGreaterThan(5);
    for (const chunk of imported) expect(sri.files[chunk], chunk).toBeDefined();
  });
});

describe('custom-elements.json and the React / Vue declarations', () => {
  const declarations = readFileSync(join(WIDGET, 'types/elements.d.ts'), 'utf8');
  const common = ['api', 'token', 'token-from', 'locale', 'tone', 'color-scheme'];

  /** The keys the hand-written declarations give one tag (common attributes included). */
  function declaredFor(tag: string): string[] {
    const start = declarations.indexOf(`'${tag}':`);
    if (start < 0) return [];
    const end = declarations.indexOf("\n  '", start + 1);
    const block = declarations.slice(start, end < 0 ? undefined : end);
    return [...common, ...[...block.matchAll(/(?:'([\w-]+)'|\b([a-z][\w]*))\?:/g)].map((match) => match[1] ?? match[2]!)];
  }

  it('the manifest documents the flow and the identity check with their attributes and events', () => {
    const declared = elements.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    const flow = declared.find((declaration) => declaration.tagName === 'settle-flow');
    expect(flow?.attributes?.map((attribute) => attribute.name)).toEqual([...common, 'expiry-warning', 'csp-nonce']);
    expect(flow?.events?.map((event) => event.name)).toEqual(expect.arrayContaining(['settle-step-change', 'settle-error']));
    expect(declared.map((declaration) => declaration.tagName)).toEqual(expect.arrayContaining(['settle-identity', 'settle-checkout', 'settle-plan-picker', 'settle-quiz']));
  });

  it('every element and attribute in the manifest has a typed counterpart for React and Vue', () => {
    const declared = elements.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
    expect(declared.length).toBeGreaterThanOrEqual(10);
    for (const element of declared) {
      const keys = declaredFor(element.tagName!);
      expect(keys.length, `${element.tagName} is declared`).toBeGreaterThan(common.length - 1);
      for (const attribute of element.attributes ?? []) expect(keys, `${element.tagName} [${attribute.name}]`).toContain(attribute.name);
    }
  });

  it('React 19 JSX and Vue global components accept correct use and refuse wrong attribute types (tsc on tests/types)', () => {
    const tsc = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tests/types/tsconfig.json', '--noEmit'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
    // A bound for a hung compiler, not a speed target: a full tsc run takes minutes on a busy machine.
  }, 180_000);
});
