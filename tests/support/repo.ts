import { fileURLToPath } from 'node:url';

/** The repository root, for spawning the demo and building the widget. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
