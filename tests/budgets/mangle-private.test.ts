import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findPrivateRenames } from '../../packages/widget/build/mangle-private.js';

const OPTIONS: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, strict: true, useDefineForClassFields: false, lib: ['lib.es2022.d.ts'], types: [], noEmit: true };

/** The sources after renaming, by file name. */
function renamed(sources: Record<string, string>, outside: string[] = []): { files: Record<string, string>; names: Map<string, string> } {
  const files = new Map(Object.entries(sources).map(([name, text]) => [`/virtual/${name}`, text]));
  const { names, edits } = findPrivateRenames(files, OPTIONS, outside);
  const out: Record<string, string> = {};
  for (const [file, text] of files) {
    const list = [...(edits.get(file) ?? [])].sort((a, b) => b.start - a.start);
    out[file.slice('/virtual/'.length)] = list.reduce((code, edit) => code.slice(0, edit.start) + edit.text + code.slice(edit.end), text);
  }
  return { files: out, names };
}

/** Runs one transpiled source file and returns what `result` holds. */
function run(code: string): unknown {
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, useDefineForClassFields: false } }).outputText;
  return new Function(`${js}\nreturn result;`)();
}

const COUNTER = `
class Counter {
  private count = 0;
  private step: number;
  label = 'counter';
  constructor(step: number) { this.step = step; }
  private bump(): void { this.count += this.step; }
  private get twice(): number { return this.count * 2; }
  add(times: number): number { for (let i = 0; i < times; i += 1) this.bump(); return this.twice; }
  sameAs(other: Counter): boolean { return other.count === this.count; }
}
const counter = new Counter(3);
const result = [counter.add(2), counter.sameAs(new Counter(1)), Object.keys(counter).sort(), counter.label];
`;

describe('the build gives private class members short names', () => {
  it('renames fields, methods and accessors at every use, and the class works as before', () => {
    const { files, names } = renamed({ 'counter.ts': COUNTER });
    expect([...names.keys()].sort()).toEqual(['bump', 'count', 'step', 'twice']);
    expect([...names.values()].every((name) => /^\$\w+$/.test(name))).toBe(true);
    const code = files['counter.ts'] as string;
    expect(code).not.toMatch(/\b(count|bump|twice)\b/);
    const [sum, same, keys, label] = run(code) as [number, boolean, string[], string];
    const original = run(COUNTER) as [number, boolean, string[], string];
    expect([sum, same, label]).toEqual([original[0], original[1], original[3]]);
    expect(sum).toBe(12);
    expect(same).toBe(false);
    expect(label).toBe('counter');
    expect(keys).toEqual([names.get('count'), names.get('step'), 'label'].sort());
  });

  it("leaves public and protected members, and other objects' properties of the same spelling, alone", () => {
    const { files, names } = renamed({
      'a.ts': `class A { private total = 1; protected kept = 2; shown = 3; read(other: { total: number }) { return this.total + other.total + this.kept + this.shown; } }\nconst result = new A().read({ total: 4 });`,
    });
    expect([...names.keys()]).toEqual(['total']);
    const code = files['a.ts'] as string;
    expect(code).toContain('other.total');
    expect(code).toContain('this.kept');
    expect(run(code)).toBe(10);
  });

  it('gives one spelling the same short name in every class, across files', () => {
    const { files, names } = renamed({
      'a.ts': 'export class A { private ready = false; open() { this.ready = true; return this.ready; } }',
      'b.ts': 'export class B { private ready = 1; count() { return this.ready; } }',
    });
    const short = names.get('ready');
    expect(files['a.ts']).toContain(`this.${short} = true`);
    expect(files['b.ts']).toContain(`return this.${short}`);
  });

  it('leaves a name alone wherever code could reach the member by its name', () => {
    const { names } = renamed(
      {
        // Lit defines reactive properties by name: a key, a string, a declare field.
        'lit.ts': `class L { static properties = { open: {} }; private open = false; private declare busy: boolean; private hidden2 = 0;
        static { for (const name of ['hidden2']) console.log(name); } toggle() { this.open = !this.open; return this.busy || this.hidden2; } }`,
        // Read by destructuring, through a value of unknown type, or bound in a template.
        'reach.ts': `class R { private limit = 1; private spare = 2; private bound = 3; private seen = 4;
        a() { const { limit } = this; return limit; } b(x: any) { return x.spare + this.spare; }
        c() { return \`<x-y .bound=\${this.bound}>\`; } d() { return this.seen; } }`,
      },
      ['await page.evaluate(() => document.querySelector("settle-x").seen)'],
    );
    expect([...names.keys()]).toEqual([]);
  });

  it("still renames a name that only appears compared as a value or as another object's key", () => {
    const { names } = renamed({
      'status.ts': `class S { private error = ''; private status: 'error' | 'ok' = 'ok'; set(e: string) { if (this.status === 'error') this.error = e; return view(this.error); } }
        function view(text: string) { return { error: text }; }`,
      'keys.ts': `class K { private kind = 'a'; describe() { return { kind: this.kind }; } }`,
    });
    expect([...names.keys()].sort()).toEqual(['error', 'kind', 'status']);
  });
});
