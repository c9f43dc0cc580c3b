import { BankTransferDetails, CurrencyCode, IdentityField, Presentation, SupportChannels, type Claim } from '@settle/protocol';
import * as z from 'zod/mini';
import { TonePerPhaseSchema } from '../journey/tone-per-phase.js';

const BankAccount = z.omit(BankTransferDetails, { reference: true });
export type BankAccount = z.infer<typeof BankAccount>;

/**
 * Who is paid and who helps on one claim, when one Settle serves several creditors (an
 * agency's clients, a creditor collecting directly, another country's collector).
 */
export const ClaimSettings = z.object({
  /** Whom the debtor pays. Absent: the instance-wide `providers.bankTransfer` and the claim's parties. */
  payee: z.optional(
    z.object({
      /** Shown on receipts, e.g. "Stadtwerke Beispielstadt GmbH". */
      name: z.string().check(z.minLength(1)),
      /**
       * The payee's account per ISO 4217 currency. A claim in a currency without an
       * account gets no bank-transfer fallback: an account is never shown for another currency.
       */
      bankAccounts: z.optional(z.record(CurrencyCode, BankAccount)),
    }),
  ),
  /** The claim's support channels. They replace the instance-wide `support` whole, so no other company's phone shows. */
  support: z.optional(SupportChannels),
  /**
   * How the claim's screens look. `brand` and `texts` replace the instance-wide
   * `journey.theme` and `journey.texts` whole, so no other company's name or logo shows.
   * `onBehalfOf` names the client creditor an agency's `brand` collects for.
   */
  presentation: z.optional(z.partial(Presentation)),
  /**
   * Whether the debtor confirms who they are before reading the claim, and what they are
   * asked. Replaces the instance-wide `identityCheck` and `identity.fields` whole: without
   * `fields` the debtor is asked the default, the date of birth.
   */
  identity: z.optional(z.strictObject({ check: z.boolean(), fields: z.optional(z.array(IdentityField).check(z.minLength(1))) })),
  /** The claim's tone per collection phase and segment. Replaces the instance-wide `tonePerPhase` whole. */
  tonePerPhase: z.optional(TonePerPhaseSchema),
});
export type ClaimSettings = z.infer<typeof ClaimSettings>;

/** `createSettle({ claimSettings })`: the creditor's code that names the payee, support, look, identity check and tone of a claim. */
export type ClaimSettingsOption = (claim: Claim) => ClaimSettings | Promise<ClaimSettings>;
