import type { MessagePhase, MessageTone } from '../../messages/types.js';

/** A creditor's test of tones for one phase, e.g. empathetic against neutral for the first reminder. */
export interface ToneExperiment {
  id: string;
  phase: MessagePhase;
  /** Two or more tones; the first is the control the others are compared with. */
  variants: readonly [MessageTone, MessageTone, ...MessageTone[]];
}

/**
 * The variant a claim gets: SHA-256 of experiment id and claim id, its first 32 bits
 * scaled to the variants. The same claim always gets the same tone, on every server,
 * and the variants split the claims evenly.
 */
export async function assignVariant(experiment: ToneExperiment, claimId: string): Promise<MessageTone> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${experiment.id}\u0000${claimId}`)));
  const bucket = ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0;
  const index = Math.floor((bucket / 2 ** 32) * experiment.variants.length);
  return experiment.variants[index]!;
}
