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

const watched = new WeakSet<Node>();

function loadWithin(root: ParentNode, observer: MutationObserver): void {
  for (const tag of loaders.keys()) {
    if (!customElements.get(tag) && root.querySelector(tag)) {
      loadElement(tag).catch((error: unknown) => console.error(`Settle could not load <${tag}>.`, error));
    }
  }
  // A host page's own components keep our tags in their (open) shadow roots, out of the document observer's sight.
  for (const host of root.querySelectorAll('*')) {
    const shadow = host.shadowRoot;
    if (shadow && !watched.has(shadow) && !host.localName.startsWith('settle-')) {
      watched.add(shadow);
      observer.observe(shadow, { childList: true, subtree: true });
      loadWithin(shadow, observer);
    }
  }
}

/**
 * Loads lazy elements present in `root`, and in the open shadow roots of the page's own
 * components, now and whenever they are added later. Settle's elements load the elements
 * they render themselves; closed shadow roots need `loadElement`.
 */
export function autoloadElements(root: Document | Element = document): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const scope of new Set(records.map((record) => record.target.getRootNode()))) loadWithin(scope as ParentNode, observer);
  });
  observer.observe(root, { childList: true, subtree: true });
  loadWithin(root, observer);
  return observer;
}
