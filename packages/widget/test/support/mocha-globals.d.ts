// The BDD globals @web/test-runner's mocha puts on the page (the subset our tests use),
// declared here instead of adding @types/mocha to the tree.
type MochaDone = (error?: unknown) => void;
// biome-ignore lint/suspicious/noConfusingVoidType: a mocha body returns nothing or a promise; `undefined` would refuse bodies typed as void
type MochaCallback = (this: unknown, done: MochaDone) => void | Promise<unknown>;
// biome-ignore lint/suspicious/noConfusingVoidType: a mocha body returns nothing or a promise; `undefined` would refuse bodies typed as void
type MochaAsyncCallback = (this: unknown) => void | Promise<unknown>;

declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: MochaAsyncCallback | MochaCallback): void;
declare function before(body: MochaAsyncCallback): void;
declare function after(body: MochaAsyncCallback): void;
declare function beforeEach(body: MochaAsyncCallback): void;
declare function afterEach(body: MochaAsyncCallback): void;
