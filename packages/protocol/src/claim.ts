import * as z from 'zod/mini';
import { itemizedTotal } from './claim-math.js';
import { CurrencyCode } from './currency-code.js';
import { IsoDate } from './dates.js';
import { Money } from './money.js';

const Text = z.string().check(z.minLength(1), z.maxLength(500));

export const PostalAddress = z.object({
  street: Text,
  postalCode: z.string().check(z.maxLength(20)),
  city: Text,
  /** The state or province where the country's addresses name one ("IL" in "Chicago, IL 60602"). */
  region: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  /** ISO 3166-1 alpha-2. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 country code such as DE')),
});
export type PostalAddress = z.infer<typeof PostalAddress>;

export const Party = z.object({
  name: Text,
  address: PostalAddress,
  email: z.optional(z.string().check(z.maxLength(254))),
  phone: z.optional(z.string().check(z.maxLength(40))),
});
export type Party = z.infer<typeof Party>;

/** The collection agency acting for the creditor, with its register entry and supervisor (§ 13a RDG). */
export const CollectionAgency = z.extend(Party, {
  registration: z.optional(Text),
  supervisoryAuthority: z.optional(z.object({ name: Text, address: PostalAddress })),
});
export type CollectionAgency = z.infer<typeof CollectionAgency>;

export const Jurisdiction = z.enum(['DE', 'US', 'GB', 'generic']);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

export const ClaimStatus = z.enum(['open', 'plan_active', 'settled', 'disputed']);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** What the claim arises from: a contract's subject and date, or a tort's kind and date. */
export const ClaimReason = z.object({
  kind: z.enum(['contract', 'tort']),
  subject: Text,
  date: IsoDate,
});
export type ClaimReason = z.infer<typeof ClaimReason>;

const lineBase = { label: Text, amount: Money };

export const PrincipalLine = z.object({ kind: z.literal('principal'), ...lineBase, date: z.optional(IsoDate) });
export const InterestLine = z.object({
  kind: z.literal('interest'),
  ...lineBase,
  /** Yearly rate in basis points (5.12 % = 512), so rates never pass through floats. */
  rateBasisPoints: z.int().check(z.minimum(0), z.maximum(100_000)),
  periodStart: IsoDate,
  periodEnd: IsoDate,
  /** Required reason when the rate exceeds the statutory default rate (§ 13a(1) no. 4 RDG). */
  aboveStatutoryRateReason: z.optional(Text),
});
export const FeeLine = z.object({ kind: z.literal('fee'), ...lineBase, basis: Text, date: z.optional(IsoDate) });
export const CollectionCostLine = z.object({
  kind: z.literal('collection_cost'),
  ...lineBase,
  basis: Text,
  /** False when the debtor cannot deduct the VAT on these costs (§ 13a(1) no. 5 RDG). */
  vatDeductible: z.optional(z.boolean()),
});
export const PaymentLine = z.object({ kind: z.literal('payment'), ...lineBase, date: IsoDate });
export const CreditLine = z.object({ kind: z.literal('credit'), ...lineBase, date: IsoDate });

export const ClaimLine = z.discriminatedUnion('kind', [PrincipalLine, InterestLine, FeeLine, CollectionCostLine, PaymentLine, CreditLine]);
export type ClaimLine = z.infer<typeof ClaimLine>;

const ClaimShape = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1-64 letters, digits, - or _')),
  /** Bumps whenever the balance changes; offers are bound to it so stale ones are refused. */
  balanceVersion: z.int().check(z.minimum(0)),
  status: ClaimStatus,
  jurisdiction: Jurisdiction,
  currency: CurrencyCode,
  accountReference: Text,
  creditor: Party,
  originalCreditor: z.optional(Party),
  collectionAgency: z.optional(CollectionAgency),
  debtor: z.object({ name: Text, address: z.optional(PostalAddress) }),
  reason: ClaimReason,
  /** Reg F itemization date; for other jurisdictions the date of the statement the lines start from. */
  itemizationDate: IsoDate,
  lines: z.array(ClaimLine).check(z.minLength(1), z.maxLength(200)),
  total: Money,
  dueDate: IsoDate,
  /** US: end of the 30-day validation period. */
  validationPeriodEnd: z.optional(IsoDate),
  /**
   * With status `plan_active` for a plan agreed outside Settle (by phone, by letter): the
   * next payment the creditor expects under it, so the debtor is told what and when.
   */
  nextInstalment: z.optional(z.object({ dueDate: IsoDate, amount: Money })),
  /** DE: where the debtor's address came from when not from the creditor, and how to correct it. */
  addressSource: z.optional(Text),
});

/**
 * A claim as the creditor's backend supplies it. Every amount must be in the claim's
 * currency and the itemization must add up to the total, so the debtor sees honest math.
 */
export const Claim = ClaimShape.check(
  z.superRefine((claim, ctx) => {
    claim.lines.forEach((line, index) => {
      if (line.amount.currency !== claim.currency) {
        ctx.issues.push({ code: 'custom', input: line.amount.currency, path: ['lines', index, 'amount', 'currency'], message: `must be ${claim.currency}, the claim's currency` });
      }
      if (line.amount.amount < 0) {
        ctx.issues.push({
          code: 'custom',
          input: line.amount.amount,
          path: ['lines', index, 'amount', 'amount'],
          message: 'must not be negative; payments and credits are listed as positive amounts',
        });
      }
    });
    if (claim.nextInstalment && claim.nextInstalment.amount.currency !== claim.currency) {
      ctx.issues.push({ code: 'custom', input: claim.nextInstalment.amount.currency, path: ['nextInstalment', 'amount', 'currency'], message: `must be ${claim.currency}, the claim's currency` });
    }
    if (claim.total.currency !== claim.currency) {
      ctx.issues.push({ code: 'custom', input: claim.total.currency, path: ['total', 'currency'], message: `must be ${claim.currency}, the claim's currency` });
      return;
    }
    if (claim.lines.some((line) => line.amount.currency !== claim.currency)) return;
    const expected = itemizedTotal(claim.lines, claim.currency);
    if (expected.amount !== claim.total.amount) {
      ctx.issues.push({ code: 'custom', input: claim.total.amount, path: ['total', 'amount'], message: `must equal the itemized lines (${expected.amount})` });
    }
  }),
);
export type Claim = z.infer<typeof Claim>;
