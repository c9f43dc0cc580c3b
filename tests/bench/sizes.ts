// `node --conditions=settle-source --import tsx tests/bench/sizes.ts [--chunks]`: the widget's
// bytes per locale and tone after `npm run build:widget`, to see where they go. With
// --chunks it lists every file of the worst whole widget, largest first.
import { fileURLToPath } from 'node:url';
import { EMAILED_LINK_PAGE, journeySteps, sumSizes, TONES, WidgetBundle } from './bundle-graph.js';

const dist = fileURLToPath(new URL('../../packages/widget/dist', import.meta.url));
const bundle = new WidgetBundle(dist);
const kb = (bytes: number) => (bytes / 1024).toFixed(2).padStart(7);

for (const locale of ['en', 'de']) {
  const critical = bundle.criticalPath(locale, EMAILED_LINK_PAGE);
  console.log(`critical path (${locale}): gzip ${kb(sumSizes(critical).gzip)} KB  raw ${kb(sumSizes(critical).raw)} KB  (${sumSizes(critical).gzip} B)`);
}
let worst = { locale: 'en', tone: TONES[0], gzip: 0 };
for (const locale of ['en', 'de']) {
  for (const tone of TONES) {
    const total = sumSizes(bundle.whole(locale, tone));
    console.log(`whole widget (${locale}, ${tone.padEnd(10)}): gzip ${kb(total.gzip)} KB  raw ${kb(total.raw)} KB  (${total.gzip} B)`);
    if (total.gzip > worst.gzip) worst = { locale, tone, gzip: total.gzip };
  }
}
if (process.argv.includes('--chunks')) {
  console.log(`\nfiles of the worst whole widget (${worst.locale}, ${worst.tone}), gzip / raw KB:`);
  const critical = new Set(bundle.criticalPath(worst.locale, EMAILED_LINK_PAGE).map((size) => size.file));
  for (const size of bundle.whole(worst.locale, worst.tone).sort((a, b) => b.gzip - a.gzip)) {
    console.log(`${kb(size.gzip)} ${kb(size.raw)}  ${critical.has(size.file) ? '*' : ' '} ${size.file}`);
  }
}
if (process.argv.includes('--steps')) {
  const first = bundle.criticalPath('en', EMAILED_LINK_PAGE);
  console.log('\nlater steps (en, empathetic), gzip KB:');
  for (const step of bundle.stepsInOrder(first, journeySteps('en'))) console.log(`${kb(sumSizes(step.sizes).gzip)}  then ${step.name}`);
  for (const step of bundle.standaloneSteps(first)) if (step.sizes.length > 0) console.log(`${kb(sumSizes(step.sizes).gzip)}  alone: ${step.name}`);
}
