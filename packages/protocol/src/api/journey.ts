import * as z from 'zod/mini';
import { JourneyConfig } from '../journey/config.js';

/**
 * GET {api}/journey with the session: the creditor's quiz (texts in every language it
 * supplies), theme, text overrides, tone, support channels, enabled options, facts and
 * satisfaction scale. Creditor strings are plain text: render them as text, never as HTML.
 */
export const JourneyResponse = z.object({ journey: JourneyConfig });
export type JourneyResponse = z.infer<typeof JourneyResponse>;
