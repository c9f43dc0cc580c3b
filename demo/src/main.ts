import { configFromEnv } from './config.js';
import { formatMoneyDecimal } from '@settle/protocol';
import { startDemo } from './start-demo.js';

/**
 * `npm run demo`: one process with the demo creditor's pages, the widget and Settle's
 * API. Prints one payment link per sample debtor; Ctrl+C stops it.
 */
const demo = await startDemo(configFromEnv());

const lines = [`Settle demo running at ${demo.origin}`, `Index of sample debtors: ${demo.origin}/`, '', 'Payment links (one per sample debtor):'];
for (const debtor of demo.debtors) {
  const link = demo.links.find((candidate) => candidate.key === debtor.key);
  const { claim } = debtor;
  lines.push(`  [${debtor.key}] ${claim.debtor.name}, ${claim.creditor.name}, ${formatMoneyDecimal(claim.total)} ${claim.currency}: ${debtor.story.en}`);
  lines.push(`    ${link?.url ?? '(no link)'}`);
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
