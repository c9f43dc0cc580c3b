import { expect } from '@open-wc/testing';
import { OFFER_KINDS, OffersResponse, type CreditorPolicyInput } from '@settle/protocol';
import { signedOffers } from '../../../test/support/plan-api.mock.js';
import { edited, expectAccepted, expectRefused } from '../../../test/support/contract.mock.js';
import { offersCheck } from './offers.js';

/** A policy under which GET /offers answers one offer of every kind. */
const EVERY_KIND: CreditorPolicyInput = {
  enabledOptions: [...OFFER_KINDS],
  partialPayment: { minimum: 1_000 },
  downPayment: { required: false, minimumAmount: 2_000 },
  costs: { instalments: 1_500 },
};

const answer = { offers: signedOffers(60_000, EVERY_KIND), activePlanId: 'pln_1' };
const index = (kind: string) => answer.offers.findIndex((signed) => signed.offer.terms.kind === kind);

describe('offersCheck (GET /offers)', () => {
  it('passes signed offers of every kind as they are', async () => {
    expect(answer.offers.map((signed) => signed.offer.terms.kind)).to.have.members([...OFFER_KINDS]);
    await expectAccepted(offersCheck, OffersResponse, answer);
    await expectAccepted(offersCheck, OffersResponse, { offers: [] });
  });

  it('refuses an answer without offers or with an offer missing its token', async () => {
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers']));
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers', 0, 'token']));
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers', 0, 'offer', 'terms']));
  });

  it('refuses an offer of an unknown kind', async () => {
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers', 0, 'offer', 'terms', 'kind'], 'lottery'));
  });

  it('refuses terms missing a limit their kind needs, or with a wrong type', async () => {
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers', index('instalments'), 'offer', 'terms', 'minCount']));
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers', index('instalments'), 'offer', 'terms', 'frequencies'], 'monthly'));
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers', index('deferral'), 'offer', 'terms', 'latestDate'], 20261231));
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers', index('partial_payment'), 'offer', 'terms', 'maximum']));
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers', index('payment_pause'), 'offer', 'terms', 'maxMonths'], '3'));
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers', index('pay_in_full'), 'offer', 'terms', 'dueDate']));
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers', index('promise_to_pay'), 'offer', 'terms', 'earliestDate'], 'soon'));
  });

  it('refuses money that is not whole minor units of an ISO currency', async () => {
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers', 0, 'offer', 'terms', 'balance', 'amount'], '600.00'));
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers', 0, 'offer', 'terms', 'balance', 'amount'], 600.5));
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['offers', 0, 'offer', 'terms', 'totalPayable', 'currency'], 'euro'));
  });

  it('refuses an active plan id that is not a string', async () => {
    await expectRefused(offersCheck, OffersResponse, edited(answer, ['activePlanId'], 42));
  });
});
