import { BankTransferDetails, CurrencyCode, SupportChannels, type Claim } from '@settle/protocol';
import * as z from 'zod/mini';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { describeIssues } from '../http/request-body.js';

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
});
export type ClaimSettings = z.infer<typeof ClaimSettings>;

/** `createSettle({ claimSettings })`: the creditor's code that names the payee and support of a claim. */
export type ClaimSettingsOption = (claim: Claim) => ClaimSettings | Promise<ClaimSettings>;

/**
 * The claim's settings, or `{}` when the creditor configures one brand instance-wide.
 * A resolver that fails or returns invalid settings is the creditor's error: 502.
 */
export async function claimSettingsFor(context: SettleContext, claim: Claim): Promise<ClaimSettings> {
  const resolve = context.options.claimSettings;
  if (!resolve) return {};
  let input: unknown;
  try {
    input = await resolve(claim);
  } catch (error) {
    context.options.logger.error('claimSettings(claim) failed', { claimId: claim.id, error: String(error) });
    throw new SettleError('backend_failed', 'The creditor could not be reached. Please try again shortly.', { cause: error });
  }
  const parsed = ClaimSettings.safeParse(input);
  if (!parsed.success) {
    context.options.logger.error(`claimSettings(claim) returned invalid settings: ${describeIssues(parsed.error.issues)}`, { claimId: claim.id });
    throw new SettleError('backend_failed', 'The creditor’s contact details are misconfigured. Please contact them.');
  }
  return parsed.data;
}

/** The claim's support channels: its own when configured, else the instance-wide ones. */
export function supportOf(context: SettleContext, settings: ClaimSettings): SupportChannels {
  return settings.support ?? context.options.journey.support;
}

/** The account for a transfer in the claim's currency, or none. */
export function bankAccountOf(context: SettleContext, settings: ClaimSettings, claim: Claim): BankAccount | undefined {
  if (settings.payee) return settings.payee.bankAccounts?.[claim.currency];
  const configured = context.options.providers.bankTransfer;
  if (!configured) return undefined;
  const { currency, ...account } = configured;
  return currency === undefined || currency === claim.currency ? account : undefined;
}
