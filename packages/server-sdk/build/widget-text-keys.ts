import { LOCALES } from '../../widget/src/i18n/locales/index.js';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`)));
}

/** The widget's text keys, sorted: the union over all of its locales. */
export async function widgetTextKeys(): Promise<string[]> {
  const modules = await Promise.all(Object.values(LOCALES).map((load) => load()));
  return [...new Set(modules.flatMap((module) => flatten(module.default as Messages)))].sort();
}
