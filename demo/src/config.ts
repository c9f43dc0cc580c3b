import { fileURLToPath } from 'node:url';
import { Frequency, IdentityField } from '@settle/protocol';

export interface DemoConfig {
  /** 0 picks a free port; the demo prints the one it got. */
  port: number;
  host: string;
  /** Where the embedded database lives; undefined keeps it in memory. */
  dbDir: string | undefined;
  /** HS256 secret for link and session tokens; random per start when unset. */
  secret: string | undefined;
  /** Fields of the identity check debtors must pass first; none means no check. */
  identityFields: IdentityField[];
  /** The creditor's desk (POST /demo-api/desk) for tests and walkthroughs: a plan by phone, a bank transfer, days passing. */
  creditorDesk: boolean;
  /** Instalment frequencies by creditor name, in place of the demo's monthly or every two weeks. */
  frequencies: Readonly<Record<string, Frequency[]>>;
  pagesDir: string;
  browserScriptsDir: string;
  widgetDistDir: string;
}

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Reads the demo's settings from the environment (PORT, HOST, DEMO_DB_DIR, DEMO_SECRET, DEMO_IDENTITY_CHECK, DEMO_CREDITOR_DESK, DEMO_FREQUENCIES). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DemoConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 5173 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  if (env.DEMO_SECRET !== undefined && new TextEncoder().encode(env.DEMO_SECRET).byteLength < 32) {
    throw new Error('DEMO_SECRET must be at least 32 bytes long');
  }
  return {
    port,
    host: env.HOST || 'localhost',
    dbDir: env.DEMO_DB_DIR || undefined,
    secret: env.DEMO_SECRET || undefined,
    identityFields: identityFields(env.DEMO_IDENTITY_CHECK),
    creditorDesk: env.DEMO_CREDITOR_DESK === '1',
    frequencies: frequenciesByCreditor(env.DEMO_FREQUENCIES),
    pagesDir: here('../pages/'),
    browserScriptsDir: here('./browser/'),
    widgetDistDir: here('../../packages/widget/dist/'),
  };
}

/** DEMO_IDENTITY_CHECK=dateOfBirth, =postalCode or both comma-separated. */
function identityFields(value: string | undefined): IdentityField[] {
  if (!value) return [];
  return value.split(',').map((name) => {
    const parsed = IdentityField.safeParse(name.trim());
    if (!parsed.success) throw new Error(`DEMO_IDENTITY_CHECK names "${name}"; use dateOfBirth, postalCode or both`);
    return parsed.data;
  });
}

/** DEMO_FREQUENCIES={"Stadtwerke Beispielstadt GmbH":["biweekly"]}: a creditor's own instalment frequencies. */
function frequenciesByCreditor(value: string | undefined): Record<string, Frequency[]> {
  if (!value) return {};
  const parsed: unknown = JSON.parse(value);
  const byCreditor = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.entries(parsed) : [['', parsed]];
  return Object.fromEntries(
    byCreditor.map(([creditor, frequencies]) => {
      const valid = Array.isArray(frequencies) && frequencies.length > 0 && frequencies.length <= 3 && frequencies.every((frequency) => Frequency.safeParse(frequency).success);
      if (!creditor || !valid) throw new Error(`DEMO_FREQUENCIES maps creditor names to 1-3 of weekly, biweekly, monthly; got ${value}`);
      return [creditor, frequencies as Frequency[]];
    }),
  );
}
