/** The creditor's support channels, shown wherever a person should take over. */
export interface SupportChannels {
  phone?: string;
  email?: string;
  /** An http(s) page, e.g. a chat or a contact form. */
  chatUrl?: string;
}

/** Refuses channels a browser should not be sent to, when the SDK is created. */
export function checkSupportChannels(support: SupportChannels): void {
  if (support.chatUrl === undefined) return;
  let url: URL;
  try {
    url = new URL(support.chatUrl);
  } catch {
    throw new TypeError('createSettle: support.chatUrl must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError('createSettle: support.chatUrl must be an http(s) URL');
  }
}
