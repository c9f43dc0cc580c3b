import { JOURNEY_OPTIONS, OFFER_ORDER, type JourneyOption, type SignedOffer } from '@settle/protocol';

export interface RankedOffer {
  signed: SignedOffer;
  recommended: boolean;
}

/** Reads the `recommended` attribute: option names separated by spaces or commas; unknown names are dropped. */
export function parseRecommended(value: string | null): JourneyOption[] {
  if (!value) return [];
  return value.split(/[\s,]+/).filter((name): name is JourneyOption => (JOURNEY_OPTIONS as readonly string[]).includes(name));
}

/** Recommended offers first, in the quiz's order, the rest in the usual order after them; only the first is marked, so one option is the recommendation. */
export function rankOffers(offers: readonly SignedOffer[], recommended: readonly JourneyOption[]): RankedOffer[] {
  const rank = (signed: SignedOffer): number => {
    const position = recommended.indexOf(signed.offer.terms.kind);
    return position >= 0 ? position : recommended.length + OFFER_ORDER.indexOf(signed.offer.terms.kind);
  };
  return offers
    .map((signed) => ({ signed, recommended: recommended.includes(signed.offer.terms.kind), rank: rank(signed) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ signed, recommended: isRecommended }, index) => ({ signed, recommended: isRecommended && index === 0 }));
}
