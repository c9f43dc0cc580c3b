import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './repo.js';

const WIDGET_SRC = join(REPO_ROOT, 'packages/widget/src');
const PROTOCOL_SRC = join(REPO_ROOT, 'packages/protocol/src');
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
 * than the widget's (or protocol's) sources, so end-to-end tests never drive a stale
 * bundle. It builds next to dist and swaps the result in only when the build succeeds,
 * so a failed build never leaves a running demo without its widget. Returns whether it built.
 */
export function ensureWidgetBuilt(): boolean {
  const built = builtAt();
  if (built !== null && built >= Math.max(newestMtime(WIDGET_SRC), newestMtime(PROTOCOL_SRC))) return false;
  const staging = mkdtempSync(join(REPO_ROOT, 'packages/widget/.dist-staging-'));
  try {
    const result = spawnSync('npm', ['run', 'build:widget', '--', '--outDir', staging], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.status !== 0) {
      throw new Error(`npm run build:widget failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
    const previous = `${staging}-previous`;
    try {
      renameSync(WIDGET_DIST, previous);
    } catch {
      // No dist yet.
    }
    renameSync(staging, WIDGET_DIST);
    rmSync(previous, { recursive: true, force: true });
    return true;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
