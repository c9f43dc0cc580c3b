import type { TemplateResult } from 'lit';
import { calendar } from './calendar.js';
import { coins } from './coins.js';
import { envelope } from './envelope.js';
import { hands } from './hands.js';
import { signpost } from './signpost.js';

type Illustration = (playful: boolean) => TemplateResult;

/** The drawings a quiz step may name in `illustration`; unknown names get the signpost. */
const ILLUSTRATIONS: Readonly<Record<string, Illustration>> = { envelope, calendar, coins, hands, signpost };

/** Decorative (aria-hidden), drawn in the theme's colours through currentColor and custom properties. */
export function illustration(name: string | undefined, playful: boolean): TemplateResult {
  const draw = (name && Object.hasOwn(ILLUSTRATIONS, name) ? ILLUSTRATIONS[name] : undefined) ?? signpost;
  return draw(playful);
}
