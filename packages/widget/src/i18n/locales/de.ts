import type { Messages } from './en.js';

/**
 * Deutsche Texte. Ton-Varianten als i18next-Kontext: `key_neutral`, `key_formal`,
 * `key_easy` (Leichte Sprache) ersetzen `key` (empathisch), wenn dieser Ton gewählt ist.
 */
const de: Messages = {
  common: {
    loading: 'Wird geladen …',
    retry: 'Erneut versuchen',
    errorTitle: 'Diese Seite konnte nicht geladen werden',
    errorTitle_formal: 'Die Seite konnte nicht geladen werden',
    errorTitle_easy: 'Etwas hat nicht geklappt',
    error: {
      network: 'Wir konnten den Server nicht erreichen. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      network_easy: 'Die Internet-Verbindung hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
      timeout: 'Der Server hat zu lange gebraucht. Bitte versuchen Sie es gleich noch einmal.',
      timeout_easy: 'Das hat zu lange gedauert. Bitte versuchen Sie es noch einmal.',
      token: 'Dieser Link ist nicht mehr gültig. Bitte nutzen Sie den neuesten Link, den Sie erhalten haben, oder melden Sie sich bei uns.',
      token_easy: 'Dieser Link geht nicht mehr. Bitte nutzen Sie Ihren neuesten Link oder fragen Sie uns.',
      generic: 'Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut; wenn es wieder passiert, melden Sie sich bei uns.',
      generic_easy: 'Etwas ist schiefgelaufen. Das ist nicht Ihre Schuld. Bitte versuchen Sie es noch einmal.',
    },
  },
};

export default de;
