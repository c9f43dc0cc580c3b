import {
  ContactRequest,
  DEFAULT_RECOMMENDATIONS,
  DisputeRequest,
  FeedbackRequest,
  QuizRequest,
  ROUTES,
  scoreQuiz,
  type ContactResponse,
  type DisputeResponse,
  type ErrorCode,
  type JourneyConfig,
} from '@settle/protocol';
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import type * as z from 'zod/mini';
import { testJourney } from '../../../../tests/fixtures/journey.js';
import { errorBody, TEST_API } from './api-mock.js';

export { testJourney };

/** What the fake server received, for assertions. */
export interface JourneyCalls {
  journeyReads: number;
  quizAnswers: unknown[];
  disputes: unknown[];
  contacts: unknown[];
  feedback: unknown[];
  idempotencyKeys: Array<string | null>;
}

export function journeyCalls(): JourneyCalls {
  return { journeyReads: 0, quizAnswers: [], disputes: [], contacts: [], feedback: [], idempotencyKeys: [] };
}

export interface JourneyApiOptions {
  journey?: JourneyConfig;
  /** Answer GET /journey with this error instead. */
  journeyError?: { code: ErrorCode; status: number };
  /** Answer the POST with this error instead (status from the code). */
  submitError?: { code: ErrorCode; status: number };
  /** Delay every POST, e.g. to observe the sending state or a double click. */
  submitDelayMs?: number;
  /** Overrides the human route the dispute and contact answers carry. */
  support?: { phone?: string; email?: string; url?: string };
  api?: string;
}

const humanRoute = { phone: '+49 30 1234567', email: 'hilfe@stadtwerke.example' };

/**
 * Fakes GET /journey, POST /quiz (scored with the protocol's own scoreQuiz), POST /disputes,
 * POST /contact-requests and POST /feedback. Bodies are checked against the protocol's
 * schemas, so an element sending the wrong shape gets the server's 400.
 */
export function journeyApi(options: JourneyApiOptions = {}, calls: JourneyCalls = journeyCalls()): RequestHandler[] {
  const api = options.api ?? TEST_API;
  const journey = options.journey ?? testJourney();
  const submit = async <T>(request: Request, schema: z.ZodMiniType<T>, into: unknown[]) => {
    // Counted on arrival, so a request the browser later aborts still counts as sent.
    const body: unknown = await request.json();
    into.push(body);
    calls.idempotencyKeys.push(request.headers.get('idempotency-key'));
    if (options.submitDelayMs) await delay(options.submitDelayMs);
    if (options.submitError) return { error: HttpResponse.json(errorBody(options.submitError.code), { status: options.submitError.status }) };
    const parsed = schema.safeParse(body);
    if (!parsed.success) return { error: HttpResponse.json(errorBody('bad_request', parsed.error.message), { status: 400 }) };
    return { value: parsed.data };
  };
  const receivedAt = '2026-11-23T10:00:00.000Z';
  return [
    http.get(`${api}${ROUTES.journey}`, () => {
      calls.journeyReads += 1;
      if (options.journeyError) return HttpResponse.json(errorBody(options.journeyError.code), { status: options.journeyError.status });
      return HttpResponse.json({ journey });
    }),
    http.post(`${api}${ROUTES.quiz}`, async ({ request }) => {
      const result = await submit(request, QuizRequest, calls.quizAnswers);
      if (result.error) return result.error;
      const score = scoreQuiz(journey.quiz, result.value.answers, { recommendations: DEFAULT_RECOMMENDATIONS, enabled: journey.options });
      if (!score.ok) return HttpResponse.json(errorBody('validation_failed', score.message), { status: 422 });
      return HttpResponse.json({ outcome: score.value });
    }),
    http.post(`${api}${ROUTES.disputes}`, async ({ request }) => {
      const result = await submit(request, DisputeRequest, calls.disputes);
      if (result.error) return result.error;
      const body: DisputeResponse = { reference: 'DSP-1001', receivedAt, collectionPaused: true, support: options.support ?? humanRoute };
      return HttpResponse.json(body, { status: 202 });
    }),
    http.post(`${api}${ROUTES.contactRequests}`, async ({ request }) => {
      const result = await submit(request, ContactRequest, calls.contacts);
      if (result.error) return result.error;
      const vulnerability = result.value.vulnerability;
      if (vulnerability?.involvesHealth && vulnerability.healthConsent !== true) return HttpResponse.json(errorBody('consent_required'), { status: 422 });
      const body: ContactResponse = { reference: 'CON-2002', receivedAt, support: options.support ?? humanRoute };
      return HttpResponse.json(body, { status: 202 });
    }),
    http.post(`${api}${ROUTES.feedback}`, async ({ request }) => {
      const result = await submit(request, FeedbackRequest, calls.feedback);
      if (result.error) return result.error;
      return HttpResponse.json({ reference: 'FBK-3003', receivedAt }, { status: 202 });
    }),
  ];
}
