import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from '../api/api-error.js';

export type AsyncStatus = 'initial' | 'pending' | 'complete' | 'error';

export type AsyncTask<T> = (signal: AbortSignal) => Promise<T>;

export interface AsyncRenderers<T, R> {
  initial?: () => R;
  pending?: () => R;
  complete?: (value: T) => R;
  error?: (error: unknown) => R;
}

/**
 * Runs one async task at a time for an element (load a claim, submit an answer) and
 * renders by state. A new run aborts the previous one, and so does leaving the page;
 * a task interrupted by a move in the DOM starts again on reconnect.
 */
export class AsyncController<T> implements ReactiveController {
  status: AsyncStatus = 'initial';
  value: T | undefined;
  error: unknown;
  private abortController: AbortController | undefined;
  private lastTask: AsyncTask<T> | undefined;
  private interrupted = false;

  constructor(protected readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts `task`, aborting any run still pending. Resolves when it settles; never rejects. */
  async run(task: AsyncTask<T>): Promise<void> {
    this.abortController?.abort();
    const controller = new AbortController();
    this.abortController = controller;
    this.lastTask = task;
    this.status = 'pending';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const value = await task(controller.signal);
      if (controller.signal.aborted) return;
      this.value = value;
      this.status = 'complete';
    } catch (error) {
      if (isAbort(error, controller.signal)) return;
      this.error = error;
      this.status = 'error';
      this.onError(error);
    } finally {
      if (this.abortController === controller) this.abortController = undefined;
    }
    this.host.requestUpdate();
  }

  /** Runs the last task again, e.g. from an error state's retry button. */
  retry(): Promise<void> {
    return this.lastTask ? this.run(this.lastTask) : Promise.resolve();
  }

  abort(): void {
    this.abortController?.abort();
    this.abortController = undefined;
  }

  render<R>(renderers: AsyncRenderers<T, R>): R | undefined {
    switch (this.status) {
      case 'initial':
        return renderers.initial?.();
      case 'pending':
        return renderers.pending?.();
      case 'complete':
        return renderers.complete?.(this.value as T);
      case 'error':
        return renderers.error?.(this.error);
    }
  }

  hostConnected(): void {
    if (this.interrupted && this.lastTask) {
      this.interrupted = false;
      void this.run(this.lastTask);
    }
  }

  hostDisconnected(): void {
    if (this.status === 'pending') {
      this.interrupted = true;
      this.abort();
    }
  }

  /** Hook for subclasses, e.g. to fire an event. */
  protected onError(_error: unknown): void {}
}
