import { expect } from '@open-wc/testing';
import { SandboxAuthorizeResponse } from '@settle/protocol';
import { authorizeSandboxPayment } from './sandbox-api.js';

/** Asks the sandbox provider with a fake fetch that answers `body`. */
function authorize(body: unknown) {
  return authorizeSandboxPayment({ api: '/settle-test', reference: 'sbx_1', clientSecret: 'sbx_1_secret', scenario: 'success', fetch: async () => Response.json(body) });
}

async function refusal(body: unknown): Promise<unknown> {
  expect(SandboxAuthorizeResponse.safeParse(body).success, 'the malformed answer breaks the contract').to.equal(false);
  return authorize(body).then(
    () => undefined,
    (reason: unknown) => reason,
  );
}

describe('authorizeSandboxPayment', () => {
  it("passes the sandbox provider's outcome as it is", async () => {
    for (const body of [{ status: 'succeeded' }, { status: 'requires_action' }, { status: 'failed', failureReason: 'card_declined' }]) {
      expect(SandboxAuthorizeResponse.safeParse(body).success).to.equal(true);
      expect(await authorize(body)).to.deep.equal(body);
    }
  });

  it('refuses an answer without an outcome, with an unknown one, or with a reason that is not a string', async () => {
    for (const body of [{}, { status: 'paid' }, { status: 'failed', failureReason: 42 }, null]) {
      const error = await refusal(body);
      expect(error, JSON.stringify(body)).to.be.instanceOf(Error);
      expect((error as Error).message).to.contain('unexpected');
    }
  });
});
