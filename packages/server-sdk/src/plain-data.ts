/** JSON-like data: primitives, arrays and plain objects, nothing with behaviour of its own. */
export type PlainData = null | undefined | boolean | number | string | PlainData[] | { [key: string]: PlainData };

/** Deeper than any claim; past it a value is not worth snapshotting (and may be cyclic). */
const MAX_DEPTH = 32;

/** What copyPlainData answers for a value that is not plain data. */
export const NOT_PLAIN: unique symbol = Symbol('not plain data');

/**
 * A private copy of `value` (own enumerable keys, in order), or NOT_PLAIN when it holds
 * anything but plain data: a Date, a class instance, a Map, a function, a bigint, a cycle.
 * Validating the copy rather than the original means the result depends on the copy
 * alone, even if a getter or proxy in the original answers differently on each read.
 */
export function copyPlainData(value: unknown, depth = 0): PlainData | typeof NOT_PLAIN {
  if (value === null || value === undefined) return value;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value as PlainData;
  if (type !== 'object' || depth >= MAX_DEPTH) return NOT_PLAIN;
  if (Array.isArray(value)) {
    const copy: PlainData[] = [];
    for (let index = 0; index < value.length; index++) {
      const item = copyPlainData(value[index], depth + 1);
      if (item === NOT_PLAIN) return NOT_PLAIN;
      copy.push(item);
    }
    return copy;
  }
  if (!isPlainObject(value)) return NOT_PLAIN;
  const copy: { [key: string]: PlainData } = {};
  for (const key of Object.keys(value)) {
    const item = copyPlainData((value as Record<string, unknown>)[key], depth + 1);
    if (item === NOT_PLAIN) return NOT_PLAIN;
    copy[key] = item;
  }
  return copy;
}

/**
 * True when `value` has exactly the content of `snapshot` (from copyPlainData): the same
 * keys in the same order, the same primitives (`Object.is`), the same array lengths.
 * Anything that is not plain data differs. Reads each field of `value` once.
 */
export function samePlainData(value: unknown, snapshot: PlainData): boolean {
  if (value === null || typeof value !== 'object') return Object.is(value, snapshot);
  if (snapshot === null || typeof snapshot !== 'object') return false;
  if (Array.isArray(value)) {
    if (!Array.isArray(snapshot) || value.length !== snapshot.length) return false;
    for (let index = 0; index < value.length; index++) {
      if (!samePlainData(value[index], snapshot[index])) return false;
    }
    return true;
  }
  if (Array.isArray(snapshot) || !isPlainObject(value)) return false;
  const keys = Object.keys(value);
  const snapshotKeys = Object.keys(snapshot);
  if (keys.length !== snapshotKeys.length) return false;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    if (key !== snapshotKeys[index]) return false;
    if (!samePlainData((value as Record<string, unknown>)[key], snapshot[key])) return false;
  }
  return true;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
