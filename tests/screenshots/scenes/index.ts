import type { Scene } from '../scene.js';
import { claimSummaryScenes } from './claim-summary.js';
import { selfServiceScenes } from './self-service.js';
import { planScenes } from './plans.js';

/** Every element's scenes; each element adds its own file and one line here. */
export const scenes: Scene[] = [...claimSummaryScenes, ...selfServiceScenes, ...planScenes];
