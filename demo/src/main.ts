import { configFromEnv } from './config.js';
import { listDebtors } from './server/demo-api.js';
import { startDemo } from './start-demo.js';

/**
 * `npm run demo`: one process with the demo creditor's pages, the widget and Settle's
 * API. Prints one payment link per sample debtor; Ctrl+C stops it.
 */
const demo = await startDemo(configFromEnv());
const { origin } = demo;

const lines = [
  `Settle demo running at ${origin}`,
  `  Sample debtors:      ${origin}/`,
  `  Creditor dashboard:  ${origin}/dashboard`,
  `  Customer portal:     ${origin}/portal  (second brand: ${origin}/portal/lakeside)`,
  '',
  'Payment links, one per sample debtor (the sample email carrying each link is under /emails/<key>):',
];
// Totals as they stand in the database, which remembers payments when DEMO_DB_DIR is set.
if (demo.identityFields.length > 0) lines.splice(-1, 0, `Identity check on (${demo.identityFields.join(', ')}): each debtor's answers are listed below.`);
for (const debtor of await listDebtors(demo.db, demo.links, demo.identityFields.length > 0)) {
  const answers = debtor.identity ? ` (born ${debtor.identity.dateOfBirth}, postcode ${debtor.identity.postalCode ?? '-'})` : '';
  lines.push(`  [${debtor.key}] ${debtor.debtorName}${answers}, ${debtor.creditorName}, ${debtor.total} ${debtor.currency}, ${debtor.status}: ${debtor.story.en}`);
  lines.push(`    ${debtor.link ?? '(no link)'}`);
}
lines.push('', 'Press Ctrl+C to stop.');
console.log(lines.join('\n'));

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the demo.`);
  await demo.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
