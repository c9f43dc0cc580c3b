import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MagicString from 'magic-string';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { filesUnder, shortName } from './short-names.js';

/** One replacement in a source file: [start, end) becomes `text`. */
export interface Rename {
  start: number;
  end: number;
  text: string;
}

export interface PrivateRenames {
  /** Old member name -> short name, for every name that is renamed. */
  names: Map<string, string>;
  /** Per file, the replacements to make (none for files without renamed members). */
  edits: Map<string, Rename[]>;
}

// `$` starts no name in the DOM, in Lit (its private names start with `_$` or `__`) or in
// Settle's sources, so `$0`, `$1`, ... cannot meet a property anything else defines.
const PREFIX = '$';
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A `private` field, method or accessor with a plain name. `declare` fields are left out:
 * in a Lit element they are reactive properties, which Lit defines by their names.
 */
function isPrivateMember(node: ts.Node): node is ts.ClassElement & { name: ts.Identifier } {
  const modifiers = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
  return (
    (ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) &&
    ts.isIdentifier(node.name) &&
    modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword) &&
    !modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DeclareKeyword)
  );
}

/** A Lit property binding in template text: `.name=`. */
const BINDING = /\.([A-Za-z_$][\w$]*)=/g;
/** How code outside the build could reach a member: `.name`, or `'name'` as a key. */
const REACH = /(?:\.|['"`])([A-Za-z_$][\w$]*)/g;

const EQUALITY = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);

/** A string that is only compared or typed (`status === 'error'`, `case 'error':`), never used as a key. */
function isComparedValue(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    (ts.isBinaryExpression(parent) && EQUALITY.has(parent.operatorToken.kind)) ||
    (ts.isCaseClause(parent) && parent.expression === node) ||
    ts.isLiteralTypeNode(parent) ||
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent)
  );
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

/**
 * Short names for the `private` members of the classes in `files` (path -> source), with
 * every place to rename them, as TypeScript's checker resolves them. TypeScript erases
 * `private`, so the minifier keeps these names in full; renaming them is safe because only
 * the class itself can use them, and TypeScript lets no other type stand in for a class
 * with private members. Other properties spelled the same keep their names. A name is left
 * alone wherever something could reach the member by name: a key of an object in a static
 * part of its class (Lit's `static properties`), an identifier spelled like it
 * that TypeScript cannot resolve, or resolves to it and to something else at once (a
 * union), `const { name } = this`, a string that is exactly the name (`'name' in x`,
 * `createProperty('name')`; comparisons aside), a `.name=` binding in a template, or a mention in `alsoScan`
 * (code outside the build that could reach into an element: `.name` or a quoted `'name'`).
 */
export function findPrivateRenames(files: ReadonlyMap<string, string>, options: ts.CompilerOptions, alsoScan: readonly string[] = []): PrivateRenames {
  const host = ts.createCompilerHost(options, true);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => files.get(file) ?? readFile(file);
  host.fileExists = (file) => files.has(file) || fileExists(file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = files.get(file);
    return text === undefined ? getSourceFile(file, language, ...rest) : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const checker = program.getTypeChecker();
  const sources = [...files.keys()].flatMap((file) => program.getSourceFile(file) ?? []);

  // The private members, by the symbol TypeScript gives their declaration.
  const members = new Map<ts.Symbol, string>();
  for (const source of sources) {
    walk(source, (node) => {
      if (!isPrivateMember(node)) return;
      const symbol = checker.getSymbolAtLocation(node.name);
      if (symbol) members.set(symbol, node.name.text);
    });
  }
  const candidates = new Set(members.values());

  // Each identifier spelled like a candidate names one of these members (a place to rename),
  // something else (left alone), or something that could be the member too (unsafe).
  const spots = new Map<string, Array<{ file: string; start: number; end: number }>>();
  const unsafe = new Set<string>();
  const mightBeMember = (symbol: ts.Symbol) =>
    (symbol.declarations ?? []).some((declaration) => isPrivateMember(declaration) && members.has(checker.getSymbolAtLocation(declaration.name) as ts.Symbol));
  const mentions = (text: string, pattern: RegExp) => {
    for (const match of text.matchAll(pattern)) if (candidates.has(match[1] as string)) unsafe.add(match[1] as string);
  };
  for (const source of sources) {
    walk(source, (node) => {
      if (ts.isIdentifier(node)) {
        const name = node.text;
        if (!candidates.has(name)) return;
        const parent = node.parent;
        // `const { name } = this` reads the member by name, and binds a variable of that name.
        if (ts.isBindingElement(parent) && !parent.propertyName && ts.isObjectBindingPattern(parent.parent)) {
          const read = checker.getPropertyOfType(checker.getTypeAtLocation(parent.parent), name);
          if (!read || members.has(read) || mightBeMember(read)) unsafe.add(name);
          return;
        }
        // An object's key in a static part of the class that has the member: Lit's `static properties`.
        if ((ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent) || ts.isMethodDeclaration(parent)) && parent.name === node && ts.isObjectLiteralExpression(parent.parent)) {
          const staticPart = ts.findAncestor(
            parent,
            (ancestor) =>
              ts.isClassStaticBlockDeclaration(ancestor) ||
              (ts.isClassElement(ancestor) && ts.canHaveModifiers(ancestor) && (ts.getModifiers(ancestor) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword)),
          );
          const owner = staticPart?.parent;
          if (owner && ts.isClassLike(owner) && owner.members.some((member) => isPrivateMember(member) && member.name.text === name)) unsafe.add(name);
          return;
        }
        const symbol = checker.getSymbolAtLocation(node);
        if (symbol && members.get(symbol) === name) {
          const list = spots.get(name) ?? [];
          list.push({ file: source.fileName, start: node.getStart(source), end: node.getEnd() });
          spots.set(name, list);
        } else if (!symbol || mightBeMember(symbol)) {
          unsafe.add(name);
        }
      } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (candidates.has(node.text) && !isComparedValue(node)) unsafe.add(node.text);
        if (ts.isNoSubstitutionTemplateLiteral(node)) mentions(node.text, BINDING);
      } else if (ts.isTemplateLiteralToken(node)) {
        mentions(node.text, BINDING);
      }
    });
  }
  for (const text of alsoScan) mentions(text, REACH);

  const safe = [...spots.entries()].filter(([name]) => !unsafe.has(name));
  // The most used names get the shortest new ones.
  safe.sort(([a, aSpots], [b, bSpots]) => bSpots.length * b.length - aSpots.length * a.length || a.localeCompare(b));
  const names = new Map(safe.map(([name], index) => [name, PREFIX + shortName(index, DIGITS)]));
  const edits = new Map<string, Rename[]>();
  for (const [name, list] of safe) {
    for (const spot of list) {
      const fileEdits = edits.get(spot.file) ?? [];
      fileEdits.push({ start: spot.start, end: spot.end, text: names.get(name) as string });
      edits.set(spot.file, fileEdits);
    }
  }
  return { names, edits };
}

export interface ManglePrivateOptions {
  /** The widget's source folder: every class in it takes part. */
  src: string;
  /** tsconfig whose compiler options type the sources. */
  tsconfig: string;
  /** Folders of code that uses the built widget from outside (demo pages, end-to-end tests). */
  outside?: readonly string[];
}

/**
 * Gives the `private` members of the widget's classes short names (`$0`, `$1`, ...) at build
 * time. Runs before TypeScript is stripped, on the sources exactly as on disk; a file
 * another plugin changed first stops the build rather than renaming half a class.
 */
export function manglePrivate(options: ManglePrivateOptions): Plugin {
  let renames: PrivateRenames | undefined;
  const originals = new Map<string, string>();
  return {
    name: 'settle-mangle-private',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      const isSource = (file: string) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts');
      originals.clear();
      for (const file of filesUnder(options.src, isSource)) originals.set(file, readFileSync(file, 'utf8'));
      const config = ts.readConfigFile(options.tsconfig, (file) => ts.sys.readFile(file));
      const { options: compilerOptions } = ts.parseJsonConfigFileContent(config.config, ts.sys, join(options.tsconfig, '..'));
      const outside = (options.outside ?? []).flatMap((dir) => filesUnder(dir, (file) => /\.(ts|js|mjs|html)$/.test(file))).map((file) => readFileSync(file, 'utf8'));
      renames = findPrivateRenames(originals, { ...compilerOptions, noEmit: true }, outside);
    },
    transform(code, id) {
      const file = id.split('?')[0] as string;
      const edits = renames?.edits.get(file);
      if (!edits) return null;
      if (code !== originals.get(file)) throw new Error(`settle-mangle-private: ${file} was changed before renaming; run this plugin first`);
      const output = new MagicString(code);
      for (const edit of edits) output.overwrite(edit.start, edit.end, edit.text);
      return { code: output.toString(), map: output.generateMap({ hires: true, source: file }) };
    },
  };
}
