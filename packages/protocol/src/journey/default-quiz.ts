import type { CsatScale } from './config.js';
import type { QuizDefinition } from './quiz.js';

/**
 * The quiz used when a creditor brings none: at most three short questions after the
 * seeds' idea of a small question-and-answer game. It asks what happened, then only what
 * that answer leaves open (when, and how much only when the debtor is unsure), and offers
 * a safe, optional point to mention circumstances (FCA FG21/1) without asking for health
 * details. Plain, friendly wording, no pressure.
 */
export const DEFAULT_QUIZ: QuizDefinition = {
  id: 'settle_default',
  steps: [
    {
      id: 'what_happened',
      illustration: 'envelope',
      question: { de: 'Was ist passiert?', en: 'What happened?' },
      hint: { de: 'Das passiert vielen. Wählen Sie, was am besten passt.', en: 'This happens to many people. Pick what fits best.' },
      answers: [
        { id: 'forgot', label: { de: 'Ich habe die Rechnung aus den Augen verloren.', en: 'The bill slipped my mind.' }, weights: { forgot: 4, pay_now: 1 } },
        { id: 'settle_now', label: { de: 'Ich möchte das einfach gleich erledigen.', en: 'I just want to settle it now.' }, weights: { pay_now: 5 } },
        { id: 'short_until_payday', label: { de: 'Das Geld ist bis zum nächsten Gehalt knapp.', en: 'Money is tight until my next payday.' }, weights: { short_until_payday: 4 } },
        { id: 'too_much_at_once', label: { de: 'Der Betrag ist auf einmal zu hoch für mich.', en: 'The amount is too much for me at once.' }, weights: { instalments: 4 } },
        {
          id: 'difficult_time',
          label: { de: 'Ich habe Einkommen verloren oder stecke in einer schwierigen Lage.', en: 'I have lost income or am going through a difficult time.' },
          weights: { hardship: 5 },
          flags: ['hardship'],
        },
        { id: 'not_right', label: { de: 'Ich glaube, die Forderung stimmt so nicht.', en: 'I don’t think this claim is right.' }, weights: { dispute: 8 } },
      ],
    },
    {
      id: 'when',
      illustration: 'calendar',
      question: { de: 'Wann könnten Sie zahlen?', en: 'When could you pay?' },
      // Settling now answers it already; a wrong claim is not a question of when.
      skipAfter: ['settle_now', 'not_right'],
      answers: [
        { id: 'today', label: { de: 'Heute', en: 'Today' }, weights: { pay_now: 3, forgot: 2 } },
        { id: 'after_payday', label: { de: 'Nach meinem nächsten Gehaltseingang', en: 'After my next payday' }, weights: { short_until_payday: 3 } },
        { id: 'bit_by_bit', label: { de: 'Nach und nach in Raten', en: 'Bit by bit, in instalments' }, weights: { instalments: 3 } },
        { id: 'not_sure', label: { de: 'Das weiß ich gerade nicht', en: 'I’m not sure right now' }, weights: { hardship: 2, instalments: 1 } },
      ],
    },
    {
      id: 'how_much',
      illustration: 'coins',
      question: { de: 'Wie viel könnten Sie jetzt aufbringen?', en: 'How much could you manage right now?' },
      // Asked only of a debtor unsure when: every other answer already says it.
      skipAfter: ['settle_now', 'not_right', 'today', 'after_payday', 'bit_by_bit'],
      answers: [
        { id: 'all', label: { de: 'Den ganzen Betrag', en: 'The full amount' }, weights: { pay_now: 3, forgot: 1 } },
        { id: 'part', label: { de: 'Einen Teil davon', en: 'Part of it' }, weights: { instalments: 2, short_until_payday: 1 } },
        { id: 'nothing_now', label: { de: 'Im Moment nichts', en: 'Nothing at the moment' }, weights: { short_until_payday: 1, hardship: 2 } },
      ],
    },
    {
      id: 'circumstances',
      illustration: 'hands',
      optional: true,
      question: { de: 'Gibt es etwas, das wir wissen sollten?', en: 'Is there anything we should know?' },
      hint: {
        de: 'Freiwillig. Sie müssen keine Einzelheiten nennen; wir melden uns mit Zeit und Verständnis.',
        en: 'Optional. You don’t need to share details; we’ll get back to you with time and understanding.',
      },
      answers: [
        { id: 'all_fine', label: { de: 'Nein, alles in Ordnung', en: 'No, all fine' }, weights: {} },
        {
          id: 'difficult_circumstances',
          label: { de: 'Krankheit oder eine andere besondere Belastung', en: 'Illness or another difficult situation' },
          weights: { hardship: 3 },
          flags: ['vulnerability'],
        },
        { id: 'talk_to_someone', label: { de: 'Ich spreche lieber mit einer Person', en: 'I’d rather talk to a person' }, weights: {}, flags: ['wants_human'] },
      ],
    },
  ],
};

/** A 1-9 scale, the one the seeds cite for post-call surveys. */
export const DEFAULT_CSAT: CsatScale = {
  min: 1,
  max: 9,
  lowLabel: { de: 'Gar nicht zufrieden', en: 'Not at all satisfied' },
  highLabel: { de: 'Sehr zufrieden', en: 'Very satisfied' },
};
