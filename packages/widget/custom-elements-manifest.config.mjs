// Generates custom-elements.json from the elements' JSDoc (@summary @tagname @attr @fires @slot @csspart @cssprop).
//   cd packages/widget && npx cem analyze

/** `SettleDisputeRequestEvent` -> `settle-dispute-request`. */
function eventName(typeText) {
  const match = /^Settle(\w+)Event$/.exec(typeText ?? '');
  return match ? `settle-${match[1].replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}` : undefined;
}

/**
 * The analyzer lists `dispatchEvent(new SettleReadyEvent(...))` as a nameless event next to
 * the documented `@fires settle-ready`: merge them, so each event appears once with its type.
 */
function mergeTypedEvents() {
  return {
    name: 'settle-merge-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          const named = new Map(declaration.events.filter((event) => event.name).map((event) => [event.name, event]));
          for (const event of declaration.events.filter((event) => !event.name)) {
            const name = eventName(event.type?.text);
            if (!name) continue;
            const documented = named.get(name);
            if (documented) documented.type ??= event.type;
            else named.set(name, { ...event, name });
          }
          declaration.events = [...named.values()];
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/i18n/locales/**'],
  outdir: '.',
  litelement: true,
  plugins: [mergeTypedEvents()],
};
