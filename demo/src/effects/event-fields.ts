import { Money } from '@settle/protocol';

/**
 * Tolerant readers for event `data`: the SDK's event payloads grow over time, so the
 * demo takes what it recognises and stores the whole payload in the ledger anyway.
 */
type Data = Record<string, unknown>;

function at(data: Data, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Data)[key] : undefined), data);
}

/** The first of `paths` holding a non-empty string. */
export function textField(data: Data, ...paths: string[]): string | null {
  for (const path of paths) {
    const value = at(data, path);
    if (typeof value === 'string' && value.length > 0) return value;
  }
  return null;
}

/** The first of `paths` holding a whole number. */
export function intField(data: Data, ...paths: string[]): number | null {
  for (const path of paths) {
    const value = at(data, path);
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  }
  return null;
}

/** The first of `paths` holding an array, by its length. */
export function countField(data: Data, ...paths: string[]): number | null {
  for (const path of paths) {
    const value = at(data, path);
    if (Array.isArray(value)) return value.length;
  }
  return null;
}

/** The first of `paths` holding valid Money. */
export function moneyField(data: Data, ...paths: string[]): Money | null {
  for (const path of paths) {
    const parsed = Money.safeParse(at(data, path));
    if (parsed.success) return parsed.data;
  }
  return null;
}

/** The first of `paths` holding a boolean. */
export function booleanField(data: Data, ...paths: string[]): boolean | null {
  for (const path of paths) {
    const value = at(data, path);
    if (typeof value === 'boolean') return value;
  }
  return null;
}

/** A preferred contact time `{ days?, from, to, timeZone? }` as "mon-fri 17:00-19:00 Europe/Berlin". */
export function timeWindowField(data: Data, ...paths: string[]): string | null {
  for (const path of paths) {
    const from = textField(data, `${path}.from`);
    const to = textField(data, `${path}.to`);
    if (!from || !to) continue;
    const days = at(data, `${path}.days`);
    const dayText = Array.isArray(days) && days.every((day) => typeof day === 'string') ? `${days.join(',')} ` : '';
    const zone = textField(data, `${path}.timeZone`);
    return `${dayText}${from}-${to}${zone ? ` ${zone}` : ''}`;
  }
  return null;
}
