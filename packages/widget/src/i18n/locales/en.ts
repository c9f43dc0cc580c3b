/**
 * English texts, the fallback for every locale. One section per element; shared texts in
 * `common`. Tone variants are i18next contexts: `key_neutral`, `key_formal`, `key_easy`
 * (plain English) override `key` (empathetic) when that tone is chosen.
 */
const en = {
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'This page could not be loaded',
    errorTitle_formal: 'The page could not be loaded',
    errorTitle_easy: 'Something went wrong',
    error: {
      network: 'We could not reach the server. Please check your connection and try again.',
      network_easy: 'The internet connection did not work. Please try again.',
      timeout: 'The server took too long to answer. Please try again in a moment.',
      timeout_easy: 'This took too long. Please try again.',
      token: 'This link is no longer valid. Please use the newest link you received, or contact us.',
      token_easy: 'This link does not work any more. Please use your newest link or ask us for help.',
      generic: 'Something went wrong on our side. Please try again; if it keeps happening, contact us.',
      generic_easy: 'Something went wrong. It is not your fault. Please try again.',
    },
  },
};

export type Messages = typeof en;
export default en;
