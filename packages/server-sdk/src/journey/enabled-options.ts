import type { JourneyOption, OfferKind } from '@settle/protocol';
import type { ResolvedJourney } from './journey-options.js';

/**
 * The options a debtor can reach: the plan offers available, plus disputing (a right, never
 * switched off), a person, and debt advice when the creditor names some.
 */
export function enabledOptions(offerKinds: readonly OfferKind[], journey: ResolvedJourney): JourneyOption[] {
  const routes: JourneyOption[] = ['dispute', 'talk_to_person'];
  if ((journey.support.debtAdvice?.length ?? 0) > 0) routes.push('debt_advice');
  return [...offerKinds, ...routes];
}
