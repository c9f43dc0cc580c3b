import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './repo.js';

const WIDGET_SRC = join(REPO_ROOT, 'packages/widget/src');
const PROTOCOL_SRC = join(REPO_ROOT, 'packages/protocol/src');
// The build's own transforms (renaming, minifying, locale splitting) shape the bundle too.
const WIDGET_BUILD = join(REPO_ROOT, 'packages/widget/build');
const BUILD_CONFIG = join(REPO_ROOT, 'vite.config.ts');
const WIDGET_DIST = join(REPO_ROOT, 'packages/widget/dist');
const WIDGET_ENTRY = join(WIDGET_DIST, 'settle.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt(): number | null {
  try {
    return statSync(WIDGET_ENTRY).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Runs `npm run build:widget` when packages/widget/dist/settle.js is missing or older
 * than the widget's (or protocol's) sources or the build's config, so end-to-end tests never drive a stale
 * bundle. The previous build is kept aside and put back when the build fails, so a
 * half-edited source tree never leaves the widget missing. Returns whether it built.
 */
export function ensureWidgetBuilt(): boolean {
  const built = builtAt();
  if (built !== null && built >= Math.max(newestMtime(WIDGET_SRC), newestMtime(PROTOCOL_SRC), newestMtime(WIDGET_BUILD), statSync(BUILD_CONFIG).mtimeMs)) return false;
  // Kept under node_modules/.cache: ignored by git, and on the same disk as dist so moving back is a rename.
  const cache = join(REPO_ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const previous = built === null ? null : join(mkdtempSync(join(cache, 'settle-widget-')), 'dist');
  if (previous) cpSync(WIDGET_DIST, previous, { recursive: true });
  try {
    const result = spawnSync('npm', ['run', 'build:widget'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) {
      if (previous) {
        rmSync(WIDGET_DIST, { recursive: true, force: true });
        renameSync(previous, WIDGET_DIST);
      }
      throw new Error(`npm run build:widget failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
    return true;
  } finally {
    if (previous) rmSync(dirname(previous), { recursive: true, force: true });
  }
}
