/**
 * Elements whose code loads only when a page uses them. The entry registers a loader per
 * tag (a dynamic import of the element's define file); the code is fetched the first time
 * the tag appears in the document, or when a composing element asks for it.
 */
const loaders = new Map<string, () => Promise<unknown>>();
const loading = new Map<string, Promise<void>>();

export function registerLazyElement(tag: string, loader: () => Promise<unknown>): void {
  loaders.set(tag, loader);
}

/** Loads and defines `tag` if a loader is registered; resolves once it is defined. */
export function loadElement(tag: string): Promise<void> {
  if (customElements.get(tag)) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    const loader = loaders.get(tag);
    if (!loader) return Promise.reject(new Error(`No Settle element <${tag}> is registered.`));
    pending = loader().then(() => customElements.whenDefined(tag).then(() => undefined));
    pending.catch(() => loading.delete(tag));
    loading.set(tag, pending);
  }
  return pending;
}

function loadWithin(root: ParentNode): void {
  for (const tag of loaders.keys()) {
    if (!customElements.get(tag) && root.querySelector(tag)) {
      loadElement(tag).catch((error: unknown) => console.error(`Settle could not load <${tag}>.`, error));
    }
  }
}

/**
 * Loads lazy elements present in `root` now and whenever they are added later. Elements
 * inside shadow roots (e.g. rendered by `<settle-flow>`) call `loadElement` themselves.
 */
export function autoloadElements(root: Document | Element = document): MutationObserver {
  loadWithin(root);
  const observer = new MutationObserver(() => loadWithin(root));
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}
