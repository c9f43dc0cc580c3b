import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SubmitOnceController, type SubmitInit } from './submit-once.js';

interface Call {
  body: { note: string };
  init: SubmitInit;
  answer: (value: string) => void;
  fail: (error: Error) => void;
}

/** A form host whose sends wait until the test answers them, and whose state shows as an attribute. */
class TestSubmitForm extends LitElement {
  readonly calls: Call[] = [];
  readonly outcomes: string[] = [];
  readonly sending = new SubmitOnceController(this, {
    send: (body: { note: string }, init) => new Promise<string>((answer, fail) => this.calls.push({ body, init, answer, fail })),
    sent: (sent) => this.outcomes.push(`sent ${sent}`),
    failed: (error) => this.outcomes.push(`failed ${(error as Error).message}`),
  });

  protected override render(): unknown {
    return html`<p data-state=${this.sending.state}>${this.sending.sent ?? ''}</p>`;
  }
}
customElements.define('settle-test-submit-form', TestSubmitForm);

const stateOf = (form: TestSubmitForm) => form.shadowRoot!.querySelector('p')!.dataset.state;

describe('SubmitOnceController', () => {
  it('sends once while a submission is in flight and never again after it was recorded', async () => {
    const form = await fixture<TestSubmitForm>(html`<settle-test-submit-form></settle-test-submit-form>`);
    expect(stateOf(form)).to.equal('idle');
    const first = form.sending.submit({ note: 'a' });
    void form.sending.submit({ note: 'a' });
    void form.sending.submit({ note: 'b' });
    await waitUntil(() => stateOf(form) === 'sending', 'sending state');
    expect(form.calls).to.have.length(1);
    form.calls[0]!.answer('REF-1');
    await first;
    await waitUntil(() => stateOf(form) === 'sent', 'sent state');
    expect(form.outcomes).to.deep.equal(['sent REF-1']);
    await form.sending.submit({ note: 'c' });
    expect(form.calls).to.have.length(1);
  });

  it('keeps the idempotency key when the same body is sent again after a failure, and takes a new one for a changed body', async () => {
    const form = await fixture<TestSubmitForm>(html`<settle-test-submit-form></settle-test-submit-form>`);
    const first = form.sending.submit({ note: 'a' });
    form.calls[0]!.fail(new Error('offline'));
    await first;
    await waitUntil(() => stateOf(form) === 'failed', 'failed state');
    expect(form.outcomes).to.deep.equal(['failed offline']);

    const retry = form.sending.submit({ note: 'a' });
    form.calls[1]!.fail(new Error('offline'));
    await retry;
    const changed = form.sending.submit({ note: 'a, and more' });
    form.calls[2]!.answer('REF-2');
    await changed;

    const [key1, key2, key3] = form.calls.map((call) => call.init.idempotencyKey);
    expect(key1).to.match(/^[0-9a-f-]{36}$/);
    expect(key2).to.equal(key1);
    expect(key3).to.not.equal(key1);
    await waitUntil(() => stateOf(form) === 'sent', 'sent state');
  });

  it('aborts a send when the form leaves the page and sends it again, with the same key, when it comes back', async () => {
    const form = await fixture<TestSubmitForm>(html`<settle-test-submit-form></settle-test-submit-form>`);
    void form.sending.submit({ note: 'a' });
    const parent = form.parentElement!;
    form.remove();
    expect(form.calls[0]!.init.signal.aborted).to.equal(true);
    form.calls[0]!.fail(new DOMException('aborted', 'AbortError'));
    parent.append(form);
    await waitUntil(() => form.calls.length === 2, 'the send again');
    expect(form.calls[1]!.init.idempotencyKey).to.equal(form.calls[0]!.init.idempotencyKey);
    form.calls[1]!.answer('REF-3');
    await waitUntil(() => stateOf(form) === 'sent', 'sent state');
  });
});
