import * as z from 'zod/mini';

/**
 * Where a link was sent and at which point of collection, as plain names: the link token
 * carries them (`ch`, `ph`) so every reaction to the link can name its message. The
 * browser reads the names from here without loading the validation library.
 */
export const LINK_CHANNELS = ['email', 'sms', 'whatsapp', 'letter'] as const;
export type LinkChannel = (typeof LINK_CHANNELS)[number];

/** The three collection phases, then the after-care messages. */
export const COLLECTION_PHASES = ['first_reminder', 'second_reminder', 'final_notice', 'plan_confirmation', 'instalment_due', 'thank_you'] as const;
export type CollectionPhase = (typeof COLLECTION_PHASES)[number];

export const LinkChannelSchema = z.enum(LINK_CHANNELS);
export const CollectionPhaseSchema = z.enum(COLLECTION_PHASES);
