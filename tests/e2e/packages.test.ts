import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EFFECT_HOOKS, type EffectHookName } from '../../packages/server-sdk/src/effects/events.js';
import { REPO_ROOT } from '../support/repo.js';

/**
 * The three packages as a creditor's developer gets them: `npm pack`, installed from the
 * tarballs into a fresh app outside the workspace, typechecked with `strict` and
 * `skipLibCheck: false` (so the shipped declarations themselves are checked), and run.
 * Needs `npm run build` first (`npm test` builds before this project).
 */

const PACKAGES = ['protocol', 'server-sdk', 'widget'] as const;
/** What `npm run build` leaves that a tarball must carry. */
const BUILT = ['protocol/dist/index.d.ts', 'server-sdk/dist/index.d.ts', 'server-sdk/dist/node.js', 'widget/dist/settle.js', 'widget/dist/types/settle.d.ts'];

interface Packed {
  name: string;
  filename: string;
  size: number;
  files: { path: string }[];
}

const rootPackage = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const tags = [...readFileSync(join(REPO_ROOT, 'packages/widget/types/elements.d.ts'), 'utf8').matchAll(/^ {2}'(settle-[a-z-]+)':/gm)].map((match) => match[1]!);

const compilerOptions = {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  jsx: 'react-jsx',
  types: ['node'],
};

let dir: string;
let app: string;
/** An app with server-sdk alone: no `stripe`, no `ioredis` (optional peers), sandbox payments only. */
let sandboxApp: string;
let packed: Packed[];

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** What each hook reads from its typed `event.data`; a hook without an entry here is a type error. */
const TYPED_READS: Record<EffectHookName, string> = {
  onPlanAccepted: 'event.data.plan.schedule.total.amount',
  onPlanChanged: 'event.data.change.kind',
  onPaymentSucceeded: 'event.data.balanceVersion',
  onPaymentFailed: 'event.data.failureReason',
  onPaymentOverpaid: 'event.data.refund?.reference ?? null',
  onAutopayRevoked: 'event.data.revokedBy',
  onPromiseToPay: 'event.data.plan.schedule.instalments[0]?.dueDate ?? null',
  onDisputeOpened: 'event.data.dispute.reason',
  onContactRequested: 'event.data.contact.channel',
  onFeedback: 'event.data.feedback.score',
  onQuizCompleted: 'event.data.outcome.segment',
  onLinkOpened: 'event.data.channel',
  onClaimViewed: 'event.data.tone',
  onStepViewed: 'event.data.step',
  onOptionChosen: 'event.data.option',
  onJourneyAbandoned: 'event.data.lastStep',
};

/** A server that passes every hook, each reading a field of its typed event data. */
function serverSource(): string {
  const hooks = Object.values(EFFECT_HOOKS)
    .map((hook) => `    ${hook}: async (event) => record(event, ${TYPED_READS[hook]}),`)
    .join('\n');
  return `import { createServer } from 'node:http';
import type { Claim } from '@settle/protocol';
import { createSettle, stripeProvider, validateClaim, type ClaimInput, type EffectHooks, type EffectType, type PaymentSucceededData, type SettleBackend, type SettleEvent } from '@settle/server-sdk';
import { toNodeHandler } from '@settle/server-sdk/node';
import { RedisStore } from '@settle/server-sdk/redis';

const seen: { id: string; type: EffectType; claimId: string; createdAt: string; read: string | number | null }[] = [];
function record(event: SettleEvent, read: string | number | null): Promise<void> {
  seen.push({ id: event.id, type: event.type, claimId: event.claimId, createdAt: event.createdAt, read });
  return Promise.resolve();
}

const hooks = {
${hooks}
} satisfies Required<EffectHooks>;

/** One handler for every event: \`event.type\` narrows \`event.data\`. */
export function booked(event: SettleEvent): number | null {
  switch (event.type) {
    case 'payment.succeeded':
      return event.data.amount.amount;
    case 'payment.overpaid':
      return event.data.refund ? -event.data.refund.amount.amount : null;
    default:
      return null;
  }
}

export const paid = (data: PaymentSucceededData): number => data.amount.amount;
// @ts-expect-error a payment's data has no failure reason: a wrong field is a type error
export const wrongField = (event: SettleEvent<'payment.succeeded'>) => event.data.failureReason;

export function checkedClaim(input: ClaimInput): Claim | string {
  const checked = validateClaim(input);
  return checked.ok ? checked.claim : checked.problem;
}

const backend: SettleBackend = {
  getClaim: async (claimId: string): Promise<Claim | null> => (claimId === 'none' ? null : null),
  verifyIdentity: async () => false,
  ...hooks,
  // @ts-expect-error a misspelt hook is refused, not silently never called
  onPaymentSucceed: async () => undefined,
};

export async function start(redisUrl?: string) {
  const settle = await createSettle({
    keys: [{ kid: 'k1', alg: 'HS256', secret: 'a-secret-of-at-least-thirty-two-bytes!' }],
    issuer: 'acme',
    audience: 'https://pay.acme.example/settle',
    basePath: '/settle',
    allowedOrigins: ['https://portal.acme.example'],
    providers: {
      sandbox: true,
      stripe: stripeProvider({ secretKey: 'sk_test_x', publishableKey: 'pk_test_x', webhookSecrets: ['whsec_x'] }),
      // @ts-expect-error a provider is made by its factory, not given as bare options
      paypal: { clientId: 'id', clientSecret: 'secret', webhookId: 'hook' },
    },
    ...(redisUrl ? { store: new RedisStore(redisUrl) } : {}),
    backend,
  });
  const link: string = await settle.createLinkToken({ claimId: 'clm_1', locale: 'de' });
  const session: string = await settle.createSessionToken({ claimId: 'clm_1' });
  const response: Response = await settle.handle(new Request('https://pay.acme.example/settle/claims/clm_1'));
  createServer(toNodeHandler(settle.handle)).listen(0);
  const pending: number = await settle.reconcile();
  return { link, session, status: response.status, pending, seen };
}
`;
}

/** A sandbox-only server, as a creditor writes it without installing `stripe` or `ioredis`. */
function sandboxServerSource(): string {
  return `import { createSettle, MemoryStore, type PaymentProvider } from '@settle/server-sdk';
import { toNodeHandler } from '@settle/server-sdk/node';

export const settle = await createSettle({
  keys: [{ kid: 'k1', alg: 'HS256', secret: 'a-secret-of-at-least-thirty-two-bytes!' }],
  issuer: 'acme', audience: 'acme', basePath: '/settle',
  store: new MemoryStore(),
  providers: { sandbox: true },
  backend: { getClaim: async () => null },
});
export const handler = toNodeHandler(settle.handle);
export type Provider = PaymentProvider['name'];
`;
}

/** React JSX with every element the widget declares, and three uses the types must refuse. */
function appSource(): string {
  const elements = tags.map((tag) => `      <${tag} api="/settle" token="session" locale="de" tone="formal" />`).join('\n');
  return `import '@settle/widget';
import type {} from '@settle/widget/react';

export function Page() {
  return (
    <>
${elements}
      <settle-flow token-from="fragment" expiry-warning={120} onsettle-step-change={(event) => console.log(event.detail.step)} />
      {/* @ts-expect-error tone is one of the four tones */}
      <settle-quiz tone="angry" />
      {/* @ts-expect-error the expiry warning is a number of seconds */}
      <settle-flow expiry-warning="soon" />
      {/* @ts-expect-error there is no such element */}
      <settle-flw />
    </>
  );
}

export const checkout: HTMLElementTagNameMap['settle-checkout'] | null = document.querySelector('settle-checkout');
`;
}

beforeAll(() => {
  // Another e2e file may have rebuilt the widget alone (its sources changed), which empties dist/.
  if (BUILT.some((file) => !existsSync(join(REPO_ROOT, 'packages', file)))) run('npm', ['run', '--silent', 'build'], REPO_ROOT);
  const missing = BUILT.filter((file) => !existsSync(join(REPO_ROOT, 'packages', file)));
  if (missing.length > 0) throw new Error(`\`npm run build\` left out: ${missing.join(', ')}`);
  dir = mkdtempSync(join(tmpdir(), 'settle-packages-'));
  const output = run('npm', ['pack', '--json', '--pack-destination', dir, ...PACKAGES.flatMap((name) => ['-w', `@settle/${name}`])], REPO_ROOT);
  packed = JSON.parse(output) as Packed[];

  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'creditor-app', private: true, type: 'module' }));
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['server.ts', 'app.tsx'] }));
  writeFileSync(join(app, 'server.ts'), serverSource());
  writeFileSync(join(app, 'app.tsx'), appSource());
  const types = ['@types/node', '@types/react'].map((name) => `${name}@${rootPackage.devDependencies[name]}`);
  const peers = ['ioredis', 'stripe'].map((name) => `${name}@${rootPackage.devDependencies[name]}`);
  install(app, [...packed.map((entry) => join(dir, entry.filename)), ...types, ...peers]);

  sandboxApp = join(dir, 'sandbox-app');
  mkdirSync(sandboxApp);
  writeFileSync(join(sandboxApp, 'package.json'), JSON.stringify({ name: 'sandbox-only-app', private: true, type: 'module' }));
  writeFileSync(join(sandboxApp, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, jsx: undefined }, files: ['server.ts'] }));
  writeFileSync(join(sandboxApp, 'server.ts'), sandboxServerSource());
  const serverPackages = packed.filter((entry) => entry.name !== '@settle/widget').map((entry) => join(dir, entry.filename));
  install(sandboxApp, [...serverPackages, types[0]!]);
}, 360_000);

function install(cwd: string, specs: string[]): void {
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...specs], cwd);
}

function typecheck(cwd: string) {
  return spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd, encoding: 'utf8' });
}

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the published packages', () => {
  it('pack the three packages, each with its README, LICENSE and built entry points', () => {
    expect(packed.map((entry) => entry.name).sort()).toEqual(['@settle/protocol', '@settle/server-sdk', '@settle/widget']);
    for (const entry of packed) {
      const paths = entry.files.map((file) => file.path);
      expect(paths, entry.name).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
      expect(
        paths.some((path) => path.startsWith('dist/') && path.endsWith('.d.ts')),
        `${entry.name} ships declarations`,
      ).toBe(true);
    }
  });

  it('carry no tests, mocks, fakes or build manifests', () => {
    for (const entry of packed) {
      const unwanted = entry.files.map((file) => file.path).filter((path) => /(^|\/)test\/|\.(test|spec|mock|fake)\.|(^|\/)\.vite\//.test(path));
      expect(unwanted, entry.name).toEqual([]);
    }
  });

  it('depend on each other by caret range, so one installs alone', () => {
    for (const name of ['server-sdk', 'widget']) {
      const manifest = JSON.parse(readFileSync(join(app, 'node_modules/@settle', name, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      expect(manifest.dependencies['@settle/protocol'], name).toMatch(/^\^\d+\.\d+\.\d+$/);
    }
  });

  it('typecheck in a strict app with skipLibCheck off: a server with every hook, React JSX with every element', () => {
    expect(tags.length).toBeGreaterThanOrEqual(10);
    const tsc = typecheck(app);
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  }, 300_000);

  it('install server-sdk without stripe and ioredis (optional peers): a sandbox-only server typechecks strictly and runs', () => {
    for (const peer of ['stripe', 'ioredis']) expect(existsSync(join(sandboxApp, 'node_modules', peer)), peer).toBe(false);
    const tsc = typecheck(sandboxApp);
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
    const script = `
      import { createSettle } from '@settle/server-sdk';
      const settle = await createSettle({
        keys: [{ kid: 'k1', alg: 'HS256', secret: 'a-secret-of-at-least-thirty-two-bytes!' }],
        issuer: 'acme', audience: 'acme', basePath: '/settle', logger: { warn() {}, error() {} },
        providers: { sandbox: true }, backend: { getClaim: async () => null },
      });
      const response = await settle.handle(new Request('https://pay.example/settle/payments/config'));
      const redis = await import('@settle/server-sdk/redis').then(() => 'loaded', (error) => String(error.message));
      console.log(JSON.stringify({ status: response.status, redis }));
    `;
    const result = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], sandboxApp)) as { status: number; redis: string };
    expect(result.status).toBe(401);
    expect(result.redis).toMatch(/Cannot find package 'ioredis'/);
  });

  it('run from the install: the server answers, and the widget files resolve for serving', () => {
    const script = `
      import { createSettle } from '@settle/server-sdk';
      import { toNodeHandler } from '@settle/server-sdk/node';
      import { readFileSync } from 'node:fs';
      import { fileURLToPath } from 'node:url';
      const settle = await createSettle({
        keys: [{ kid: 'k1', alg: 'HS256', secret: 'a-secret-of-at-least-thirty-two-bytes!' }],
        issuer: 'acme', audience: 'acme', basePath: '/settle', logger: { warn() {}, error() {} },
        backend: { getClaim: async () => null },
      });
      const link = await settle.createLinkToken({ claimId: 'clm_1' });
      const response = await settle.handle(new Request('https://pay.example/settle/session', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: link }),
      }));
      const widget = fileURLToPath(import.meta.resolve('@settle/widget/dist/settle.js'));
      const version = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('@settle/widget/package.json')), 'utf8')).version;
      const { sessionToken } = await response.json();
      console.log(JSON.stringify({ status: response.status, session: typeof sessionToken, adapter: typeof toNodeHandler(settle.handle), widget: readFileSync(widget, 'utf8').length > 0, version }));
    `;
    const output = run(process.execPath, ['--input-type=module', '-e', script], app);
    expect(JSON.parse(output)).toEqual({ status: 200, session: 'string', adapter: 'function', widget: true, version: '0.1.0' });
  });
});
