import { launchChromium, watchPage } from './browser.js';
import { startDemoProcess } from './demo-process.js';
const demo = await startDemoProcess({ DEMO_IDENTITY_CHECK: process.env.IDC ?? '' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = await watchPage(page);
  await page.goto(demo.link(process.env.KEY ?? 'forgot'));
  await page.waitForTimeout(2500);
  await page.screenshot({ path: '/tmp/flowtry/1.png', fullPage: true });
  console.log('url', page.url().slice(0,60)); console.log((await page.content()).slice(0,1500)); console.log(JSON.stringify(problems));
  console.log(await page.locator('settle-flow').evaluate((e) => e.shadowRoot?.innerHTML.slice(0, 600)));
  const next = page.locator('settle-flow [part~="next-button"]');
  if (await next.count()) { await next.click(); await page.waitForTimeout(2000); await page.screenshot({ path: '/tmp/flowtry/2.png', fullPage: true }); }
  console.log(await page.evaluate(() => document.activeElement?.tagName + ' ' + (document.activeElement?.shadowRoot?.activeElement?.tagName ?? '')));
  console.log(JSON.stringify(problems));
} finally {
  await browser.close();
  await demo.stop();
}
