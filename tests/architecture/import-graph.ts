import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Module → the modules it imports, by path relative to the repository root. */
export type ImportGraph = Map<string, string[]>;

/** The specifiers of a module's static `import … from` and `export … from`, type-only ones included. */
export function importedSpecifiers(source: string): string[] {
  const file = ts.createSourceFile('module.ts', source, ts.ScriptTarget.Latest, false);
  return file.statements.flatMap((statement) => {
    const specifier = ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) ? statement.moduleSpecifier : undefined;
    return specifier && ts.isStringLiteral(specifier) ? [specifier.text] : [];
  });
}

/** The graph of `sources` (path → text), resolving relative `.js` specifiers and `aliases` (package → entry path). */
export function graphOf(sources: ReadonlyMap<string, string>, aliases: Readonly<Record<string, string>> = {}): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const [path, source] of sources) {
    const targets = importedSpecifiers(source).flatMap((specifier) => {
      const target = specifier.startsWith('.') ? resolveRelative(path, specifier, sources) : aliases[specifier];
      return target && sources.has(target) ? [target] : [];
    });
    graph.set(path, [...new Set(targets)]);
  }
  return graph;
}

function resolveRelative(from: string, specifier: string, sources: ReadonlyMap<string, string>): string | undefined {
  const base = join(dirname(from), specifier).split(sep).join('/');
  const stem = base.replace(/\.js$/, '');
  return [`${stem}.ts`, `${stem}.d.ts`, `${base}/index.ts`].find((candidate) => sources.has(candidate));
}

/** Every import cycle, each as the modules along it from its first module back to it (Tarjan's strongly connected components). */
export function findCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.includes(node)) cycles.push(pathThrough(graph, new Set(component)));
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

/** One concrete cycle inside a strongly connected component, for a readable failure. */
function pathThrough(graph: ImportGraph, component: ReadonlySet<string>): string[] {
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start];
}

/** The sources of `packages/*\/src` (tests excluded), and each package name's entry. */
export function packageSources(root: string): { sources: Map<string, string>; aliases: Record<string, string> } {
  const sources = new Map<string, string>();
  const aliases: Record<string, string> = {};
  const packages = join(root, 'packages');
  for (const name of readdirSync(packages)) {
    const manifest = join(packages, name, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name: packageName, exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; exports: Record<string, unknown> };
    for (const [subpath, target] of Object.entries(exports)) {
      const source = (target as { 'settle-source'?: string })['settle-source'];
      if (source) aliases[join(packageName, subpath).split(sep).join('/')] = join('packages', name, source).split(sep).join('/');
    }
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) sources.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
      }
    };
    if (existsSync(join(packages, name, 'src'))) walk(join(packages, name, 'src'));
  }
  return { sources, aliases: Object.fromEntries(Object.entries(aliases).map(([key, value]) => [key, resolve('/', value).slice(1)])) };
}
