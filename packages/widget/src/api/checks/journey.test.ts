import { JourneyResponse } from '@settle/protocol';
import { testJourney } from '../../../../../tests/fixtures/journey.js';
import { edited, expectAccepted, expectRefused } from '../../../test/support/contract.mock.js';
import { journeyCheck } from './journey.js';

const answer = { journey: testJourney() };

describe('journeyCheck (GET /journey)', () => {
  it("passes the creditor's journey as it is", async () => {
    await expectAccepted(journeyCheck, JourneyResponse, answer);
  });

  it('refuses a journey without a quiz, or with a quiz without steps', async () => {
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'quiz']));
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'quiz', 'steps'], []));
  });

  it('refuses quiz texts that are not texts by locale, and answers without ids', async () => {
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'quiz', 'steps', 0, 'question'], 'What happened?'));
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'quiz', 'steps', 1, 'answers', 0, 'id']));
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'quiz', 'steps', 0, 'answers'], null));
  });

  it('refuses support channels, facts or a scale of the wrong shape', async () => {
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'support']));
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'support', 'phone'], 4930123));
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'support', 'debtAdvice', 0, 'name'], 'Advice'));
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'facts', 0, 'date']));
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'csat', 'max'], 'ten'));
  });

  it('refuses a journey linking anywhere but an https page', async () => {
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'facts', 0, 'sourceUrl'], 'javascript:alert(1)'));
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'support', 'chatUrl'], 'http://chat.stadtwerke.example/'));
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'support', 'debtAdvice', 0, 'url'], 'https://user:secret@advice.example/'));
    await expectRefused(journeyCheck, JourneyResponse, edited(answer, ['journey', 'support', 'chatUrl'], 'data:text/html,hi'));
  });
});
