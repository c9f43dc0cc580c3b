import { ContactResponse, DisputeResponse, FeedbackResponse } from '@settle/protocol';
import { edited, expectAccepted, expectRefused } from '../../../test/support/contract.mock.js';
import { contactCheck, disputeCheck, feedbackCheck } from './recorded-requests.js';

const receivedAt = '2026-11-23T10:00:00.000Z';
const support = { phone: '+49 30 1234567', email: 'hilfe@stadtwerke.example', url: 'https://chat.stadtwerke.example/start' };

describe('recorded requests (POST /disputes, /contact-requests, /feedback)', () => {
  it('passes a recorded dispute, and refuses one missing the pause or with a malformed human route', async () => {
    const answer = { reference: 'DSP-1', receivedAt, collectionPaused: true, support };
    await expectAccepted(disputeCheck, DisputeResponse, answer);
    await expectAccepted(disputeCheck, DisputeResponse, { ...answer, support: {} });
    await expectRefused(disputeCheck, DisputeResponse, edited(answer, ['collectionPaused']));
    await expectRefused(disputeCheck, DisputeResponse, edited(answer, ['support'], null));
    await expectRefused(disputeCheck, DisputeResponse, edited(answer, ['support', 'phone'], 4930123));
  });

  it('passes a recorded contact request, and refuses one without a reference or support', async () => {
    const answer = { reference: 'CON-1', receivedAt, support };
    await expectAccepted(contactCheck, ContactResponse, answer);
    await expectRefused(contactCheck, ContactResponse, edited(answer, ['reference']));
    await expectRefused(contactCheck, ContactResponse, edited(answer, ['support']));
    await expectRefused(contactCheck, ContactResponse, edited(answer, ['receivedAt'], 1700000000000));
  });

  it('passes recorded feedback, and refuses a reference that is not a string', async () => {
    const answer = { reference: 'FB-1', receivedAt };
    await expectAccepted(feedbackCheck, FeedbackResponse, answer);
    await expectRefused(feedbackCheck, FeedbackResponse, edited(answer, ['reference'], 7));
    await expectRefused(feedbackCheck, FeedbackResponse, edited(answer, ['reference']));
  });
});
