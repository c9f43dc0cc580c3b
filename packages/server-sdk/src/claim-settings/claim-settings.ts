import { darkVariant, type Claim, type IdentityField, type Presentation, type SupportChannels, type Theme } from '@settle/protocol';
import { ClaimSettings, type BankAccount } from './claim-settings-option.js';
import type { SettleContext } from '../context.js';
import { SettleError } from '../errors.js';
import { DEFAULT_IDENTITY_FIELDS } from '../identity/settings.js';
import { describeIssues } from '../http/request-body.js';
import { unknownTextKeys } from '../journey/text-overrides.js';
import type { TonePerPhase } from '../journey/tone-per-phase.js';

export { ClaimSettings, type BankAccount, type ClaimSettingsOption } from './claim-settings-option.js';

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
  const unknown = parsed.success ? unknownTextKeys(parsed.data.presentation?.texts) : [];
  if (!parsed.success || unknown.length) {
    const problem = parsed.success ? `presentation.texts names texts the widget does not have: ${unknown.join(', ')}` : describeIssues(parsed.error.issues);
    context.options.logger.error(`claimSettings(claim) returned invalid settings: ${problem}`, { claimId: claim.id });
    throw new SettleError('backend_failed', 'The creditor’s contact details are misconfigured. Please contact them.');
  }
  return parsed.data;
}

/** Whether the claim asks who the debtor is, and what: its own rule when configured, else the instance-wide one. */
export function identityOf(context: SettleContext, settings: ClaimSettings): { check: boolean; fields: readonly IdentityField[] } {
  if (settings.identity) return { check: settings.identity.check, fields: settings.identity.fields ?? DEFAULT_IDENTITY_FIELDS };
  return { check: context.options.identityCheck, fields: context.options.identity.fields };
}

/** The claim's tone per phase: its own when configured, else the instance-wide one. */
export function tonePerPhaseOf(context: SettleContext, settings: ClaimSettings): TonePerPhase | undefined {
  return settings.tonePerPhase ?? context.options.tonePerPhase;
}

/** The claim's support channels: its own when configured, else the instance-wide ones. */
export function supportOf(context: SettleContext, settings: ClaimSettings): SupportChannels {
  return settings.support ?? context.options.journey.support;
}

/**
 * The claim's presentation: its own brand and texts when configured, else the instance-wide
 * ones. The client creditor comes from the claim's settings only: an instance names none.
 */
export function presentationOf(context: SettleContext, settings: ClaimSettings): Presentation {
  const { brand, onBehalfOf, texts, colorScheme, locale } = settings.presentation ?? {};
  const { theme, texts: defaultTexts } = context.options.journey;
  return { brand: withDarkPrimary(brand ?? theme), ...(onBehalfOf ? { onBehalfOf } : {}), texts: texts ?? defaultTexts, ...(colorScheme ? { colorScheme } : {}), ...(locale ? { locale } : {}) };
}

/**
 * The brand with its primary colour for dark mode: the creditor's own `primaryDark`, else
 * one derived from `primary` that keeps AA contrast on the widget's dark surface. Derived
 * here, once per answer, so the widget ships no colour maths and every claim reads the same.
 */
function withDarkPrimary(brand: Theme): Theme {
  const primary = brand.colors?.primary;
  const primaryDark = brand.colors?.primaryDark ?? (primary ? darkVariant(primary) : undefined);
  return primaryDark ? { ...brand, colors: { ...brand.colors, primaryDark } } : brand;
}

/** The account for a transfer in the claim's currency, or none. */
export function bankAccountOf(context: SettleContext, settings: ClaimSettings, claim: Claim): BankAccount | undefined {
  if (settings.payee) return settings.payee.bankAccounts?.[claim.currency];
  const configured = context.options.providers.bankTransfer;
  if (!configured) return undefined;
  const { currency, ...account } = configured;
  return currency === undefined || currency === claim.currency ? account : undefined;
}
