/** How the creditor wants to sound. `easy` is Leichte Sprache / plain English. */
export type Tone = 'empathetic' | 'neutral' | 'formal' | 'easy';
export const TONES: readonly Tone[] = ['empathetic', 'neutral', 'formal', 'easy'];

/**
 * A text key's tone, from its suffix: `title_formal` and `loaded_easy_one` (a plural
 * form) belong to a tone; `title` is the default tone's and every tone's fallback.
 */
export function toneOfKey(key: string): Exclude<Tone, 'empathetic'> | undefined {
  return /_(neutral|formal|easy)(?:_(?:zero|one|two|few|many|other))?$/.exec(key)?.[1] as Exclude<Tone, 'empathetic'> | undefined;
}
