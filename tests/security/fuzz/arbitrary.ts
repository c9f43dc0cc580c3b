import fc from 'fast-check';

/**
 * Builds fast-check arbitraries from zod/mini schemas by reading their definitions
 * (`schema._zod.def`), so every route's request schema drives its own fuzzing: shapes
 * that are valid or nearly so reach the deep code paths, then `nearMiss` breaks them.
 */

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  items?: Schema[];
  keyType?: Schema;
  valueType?: Schema;
  format?: string;
  pattern?: RegExp;
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; minimum?: number; maximum?: number; pattern?: RegExp; format?: string } } }[];
}
export interface Schema {
  _zod: { def: Def };
}

/** JSON values that often break parsers and validators. */
export const hostileScalars: unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  1e21,
  -1e21,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  ' ',
  '0',
  'null',
  'NaN',
  '1e309',
  '10.005',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  '\u0000',
  '\ud83d',
  'x'.repeat(5000),
  [],
  {},
  [[[[]]]],
  { __proto__: { polluted: true } },
  { constructor: { prototype: { polluted: true } } },
];

function checksOf(def: Def) {
  return (def.checks ?? []).map((check) => check._zod.def);
}

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const pattern = def.pattern ?? checks.find((check) => check.pattern instanceof RegExp)?.pattern;
  if (pattern) return fc.stringMatching(pattern);
  const minLength = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
  const maxLength = Math.min(checks.find((check) => check.check === 'max_length')?.maximum ?? 64, minLength + 64);
  return fc.string({ minLength, maxLength });
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const lower = checks.find((check) => check.check === 'greater_than');
  const upper = checks.find((check) => check.check === 'less_than');
  const integer = def.format === 'safeint' || def.format === 'int32' || def.format === 'uint32';
  if (integer) {
    const min = lower ? Math.ceil((lower.value ?? 0) + (lower.inclusive ? 0 : 1)) : -1_000_000;
    const max = upper ? Math.floor((upper.value ?? 0) - (upper.inclusive ? 0 : 1)) : 1_000_000_000;
    return fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(Math.max(max, min), Number.MAX_SAFE_INTEGER) });
  }
  return fc.double({ noNaN: true, noDefaultInfinity: true, ...(lower ? { min: lower.value } : {}), ...(upper ? { max: upper.value } : {}) });
}

/** An arbitrary for values shaped like `schema` (regexes honoured, refinements not). */
export function shaped(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  if (depth > 6) return fc.constant(null);
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const keys = Object.keys(shape);
      const required = keys.filter((key) => !['optional', 'default'].includes((shape[key] as Schema)._zod.def.type));
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const key of keys) record[key] = shaped(shape[key] as Schema, depth + 1);
      return fc.record(record, { requiredKeys: required });
    }
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'array':
      return fc.array(shaped(def.element as Schema, depth + 1), { maxLength: 4 });
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map((item) => shaped(item, depth + 1)));
    case 'optional':
    case 'default':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return shaped(def.innerType as Schema, depth + 1);
    case 'nullable':
      return fc.oneof(fc.constant(null), shaped(def.innerType as Schema, depth + 1));
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => shaped(option, depth + 1)));
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), shaped(def.valueType as Schema, depth + 1), { maxKeys: 3 });
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Every dotted path to a field of an object-shaped value. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...paths(child, [...prefix, key])]);
}

function setPath(value: unknown, path: string[], replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let cursor: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string, unknown>;
  const last = path[path.length - 1] as string;
  if (remove) delete cursor[last];
  else cursor[last] = replacement;
  return copy;
}

/**
 * A value shaped like `schema` with one thing broken: a field removed, or replaced by a
 * hostile scalar or arbitrary JSON, or an unknown field added.
 */
export function nearMiss(schema: Schema): fc.Arbitrary<unknown> {
  return shaped(schema).chain((valid) => {
    const fields = paths(valid);
    const replacement = fc.oneof(fc.constantFrom(...hostileScalars), fc.jsonValue({ maxDepth: 3 }));
    if (fields.length === 0) return replacement;
    return fc.oneof(
      fc.tuple(fc.constantFrom(...fields), replacement).map(([path, bad]) => setPath(valid, path, bad, false)),
      fc.constantFrom(...fields).map((path) => setPath(valid, path, undefined, true)),
      fc.tuple(fc.string({ maxLength: 12 }), replacement).map(([key, bad]) => ({ ...(valid as object), [key]: bad })),
    );
  });
}
