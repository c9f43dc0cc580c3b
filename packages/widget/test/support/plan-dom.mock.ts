/** DOM helpers for the plan element tests. */
import { sendKeys } from '@web/test-runner-commands';

export function part<T extends HTMLElement = HTMLElement>(element: Element, name: string): T {
  const found = element.shadowRoot?.querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`no [part~="${name}"] in <${element.localName}>`);
  return found;
}

export function parts(element: Element, name: string): HTMLElement[] {
  return Array.from(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? []);
}

export function byId<T extends HTMLElement = HTMLInputElement>(element: Element, id: string): T {
  const found = element.shadowRoot?.getElementById(id);
  if (!found) throw new Error(`no #${id} in <${element.localName}>`);
  return found as T;
}

/** Sets a field's value as typing would, firing `input`, and waits for the render. */
export async function enter(element: Element & { updateComplete: Promise<boolean> }, input: HTMLInputElement | HTMLSelectElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** The focused node inside the element's shadow root. */
export function focused(element: Element): Element | null {
  return element.shadowRoot?.activeElement ?? null;
}

/** Presses Tab (real key presses) until `matches` holds for the focused node; fails after `max` presses. */
export async function tabTo(element: Element, matches: (node: Element) => boolean, max = 40): Promise<Element> {
  for (let presses = 0; presses < max; presses += 1) {
    const node = focused(element);
    if (node && matches(node)) return node;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error('Tab never reached the wanted control');
}

/** Minor units of every amount cell in the schedule table's body, read back from the formatted text. */
export function scheduleAmounts(element: Element, table: HTMLElement = part(element, 'schedule-table')): number[] {
  return Array.from(table.querySelectorAll('tbody td.amount'), (cell) => Number((cell.textContent ?? '').replace(/\D/g, '')));
}
