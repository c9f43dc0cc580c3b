/*
 * Small predicates that make sure a value has the contract's shape before the widget reads
 * it. The server validated its answers against the protocol's schemas; the browser only
 * guards against reading what is not there, so a wrong answer becomes an `invalid_response`
 * instead of a crash, without shipping the validation library. Each check covers the fields
 * the widget reads and lets any others through untouched.
 */

/** What `ApiClient` needs of a response check: a zod schema fits, and so does `check`. */
export interface ResponseCheck<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } };
}

/** Whether a value has the shape a check describes. */
export type Is = (value: unknown) => boolean;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export const isString: Is = (value) => typeof value === 'string';
export const isBoolean: Is = (value) => typeof value === 'boolean';
export const isNumber: Is = (value) => typeof value === 'number';
/** Counts, minor units and epoch milliseconds are whole numbers. */
export const isInteger: Is = (value) => Number.isSafeInteger(value);

export function optional(is: Is): Is {
  return (value) => value === undefined || is(value);
}

/** One of a closed list of names, e.g. the protocol's payment statuses. */
export function oneOf(names: readonly string[]): Is {
  return (value) => typeof value === 'string' && names.includes(value);
}

/** An array whose every entry passes `is`, with at least `min` entries. */
export function arrayOf(is: Is, min = 0): Is {
  return (value) => Array.isArray(value) && value.length >= min && value.every(is);
}

/** An object whose listed fields pass their checks. */
export function shape(fields: Record<string, Is>): Is {
  const entries = Object.entries(fields);
  return (value) => isObject(value) && entries.every(([name, is]) => is(value[name]));
}

/** One variant of a tagged union: the `tag` field names the variant, which has its own shape. */
export function variant(tag: string, shapes: Record<string, Is>): Is {
  return (value) => {
    if (!isObject(value)) return false;
    const name = value[tag];
    return typeof name === 'string' && Object.hasOwn(shapes, name) && (shapes[name] as Is)(value);
  };
}

/** A response check for `ApiClient`: `answer` names the answer in the error when it does not match. */
export function check<T>(answer: string, is: Is): ResponseCheck<T> {
  return {
    safeParse: (value) => (is(value) ? { success: true, data: value as T } : { success: false, error: { issues: [{ path: [answer] }] } }),
  };
}
