import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 AA and everything below it. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's WCAG violations on the page (open shadow roots included), as "rule: selectors"
 * lines. The pointer rests first and running animations end, so neither a hover style nor
 * a half-faded step reads as low contrast.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.mouse.move(0, 0);
  await settleAnimations(page);
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Waits for running CSS animations and transitions (a fading-in step would read as low contrast). */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(() => {
    // Shadow roots keep their own animations; endless ones (a twinkle) never finish and do not matter.
    const roots: DocumentOrShadowRoot[] = [document];
    for (let index = 0; index < roots.length; index += 1) {
      const root = roots[index] as Document | ShadowRoot;
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    }
    const finite = roots.flatMap((root) => root.getAnimations()).filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    return Promise.race([Promise.all(finite.map((animation) => animation.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, 2_000))]);
  });
}

/** Whether the page scrolls sideways (WCAG 1.4.10 reflow fails when it must at 320 CSS px). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
