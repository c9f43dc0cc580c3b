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

/**
 * Lit properties declared `state: true` or `attribute: false` (and private or protected
 * fields) are no attributes, but the analyzer lists some of them as such. Drop those, so
 * the manifest (and the React/Vue types checked against it) only names real attributes.
 */
function dropInternalAttributes() {
  const internalByClass = new Map();
  return {
    name: 'settle-drop-internal-attributes',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name?.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        const internal = new Set();
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const options = property.initializer.getText();
          if (/\bstate:\s*true\b|\battribute:\s*false\b/.test(options)) internal.add(property.name.getText());
        }
        internalByClass.set(node.name.getText(), internal);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.attributes) continue;
          const internal = new Set([
            ...(internalByClass.get(declaration.name) ?? []),
            ...(declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected').map((member) => member.name),
          ]);
          declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName ?? attribute.name));
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
  plugins: [mergeTypedEvents(), dropInternalAttributes()],
};
