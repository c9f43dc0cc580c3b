import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The `index`-th name made of `alphabet`'s characters: a, b, ..., z, aa, ab, ... for a-z. */
export function shortName(index: number, alphabet: string): string {
  let name = '';
  let rest = index;
  do {
    name = (alphabet[rest % alphabet.length] as string) + name;
    rest = Math.floor(rest / alphabet.length) - 1;
  } while (rest >= 0);
  return name;
}

/** Files under `dir` (node_modules left out) that `keep` accepts. */
export function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}
