import { germanClaim, usClaim } from '../../fixtures/claims.js';
import { claimApi, shadowReady, type Scene } from '../scene.js';

const tag = (token: string) => `<settle-claim-summary api="/api" token="${token}" locale="{{locale}}"></settle-claim-summary>`;

export const claimSummaryScenes: Scene[] = [
  {
    name: 'claim-summary-de-claim',
    html: tag('link'),
    api: claimApi(germanClaim({ addressSource: 'Einwohnermeldeamt Berlin; Berichtigung per E-Mail an service@fair-inkasso.example' })),
    ready: shadowReady('settle-claim-summary', '[part~="total"]'),
  },
  {
    name: 'claim-summary-us-claim',
    html: tag('link'),
    api: claimApi(usClaim()),
    ready: shadowReady('settle-claim-summary', '[part~="total"]'),
  },
  {
    name: 'claim-summary-error',
    html: tag('link'),
    api: { 'POST /api/session': { status: 502, body: { error: { code: 'backend_failed', message: 'down' } } } },
    ready: shadowReady('settle-claim-summary', '[part~="retry-button"]'),
  },
];
