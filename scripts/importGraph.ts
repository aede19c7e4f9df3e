/**
 * The import graph of the TypeScript sources under a folder, and the cycles in it, for the CI
 * check in src/importCycles.test.ts (issue 14: no import cycle in src).
 *
 * An edge is any reference from one module to another that names it by a relative path:
 * `import` and `export ... from` declarations, type-only ones included (`import type`,
 * `export type`), `import('./x').T` type references and dynamic `import('./x')` calls. Type-only
 * cycles vanish at run time, but they still tie two layers into one, so the check counts them;
 * each edge says whether it is type-only, so a report shows which kind closes a cycle. Package
 * imports ("xstate", "react") are not edges: they cannot import our code back. Workers created
 * with `new Worker(new URL(...))` are not imports either: a worker is a separate module graph.
 *
 * Parsing uses the TypeScript compiler's own parser (a devDependency already), so every syntax
 * TypeScript accepts is read exactly; the graph code itself is pure and works on any adjacency.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** The imported module, as a path relative to the graph's root, with '/' separators. */
  to: string;
  /** True when every reference along this edge is erased at compile time. */
  typeOnly: boolean;
}

/** Module path (relative to the root, '/' separators) to its outgoing edges. */
export type ImportGraph = Map<string, ImportEdge[]>;

/** The relative module specifiers one source file references, each with whether it is type-only. */
export function importsOf(fileName: string, text: string): { spec: string; typeOnly: boolean }[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  const found: { spec: string; typeOnly: boolean }[] = [];
  const add = (node: ts.Node | undefined, typeOnly: boolean) => {
    if (node && ts.isStringLiteralLike(node)) found.push({ spec: node.text, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, importIsTypeOnly(node));
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, exportIsTypeOnly(node));
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg)) add(arg.literal, true);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      add(node.moduleReference.expression, node.isTypeOnly);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((f) => f.spec.startsWith('./') || f.spec.startsWith('../'));
}

function importIsTypeOnly(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // `import './x'` runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

function exportIsTypeOnly(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  if (!clause || !ts.isNamedExports(clause)) return false;
  return clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

const SOURCE = /\.tsx?$/;
const CANDIDATES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Every .ts and .tsx file under `dir`, recursively, in sorted order. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/**
 * The graph of every source file under `root`. A relative specifier that names no source file
 * under the root (a stylesheet, an asset, a file outside the root) is not an edge.
 */
export function readImportGraph(root: string): ImportGraph {
  const absRoot = resolve(root);
  const files = sourceFiles(absRoot);
  const known = new Set(files);
  const key = (abs: string) => relative(absRoot, abs).split(sep).join('/');
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const edges = new Map<string, boolean>();
    for (const { spec, typeOnly } of importsOf(file, readFileSync(file, 'utf8'))) {
      const base = resolve(dirname(file), spec);
      const target = CANDIDATES.map((c) => base + c).find((p) => known.has(p));
      if (target === undefined) continue;
      const to = key(target);
      // Two imports of one module: the edge is type-only only if both are.
      edges.set(to, (edges.get(to) ?? true) && typeOnly);
    }
    graph.set(
      key(file),
      [...edges].map(([to, typeOnly]) => ({ to, typeOnly })),
    );
  }
  return graph;
}

/**
 * The strongly connected components with a cycle in them (more than one module, or a module
 * importing itself), by Tarjan's algorithm; each sorted, the list sorted by first member.
 */
export function cyclicComponents(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  // Iterative, so a long import chain cannot overflow the call stack.
  for (const start of [...graph.keys()].sort()) {
    if (index.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const edges = graph.get(top.node) ?? [];
      if (top.edge < edges.length) {
        const to = edges[top.edge++]!.to;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(top.node, Math.min(low.get(top.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) !== index.get(top.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== top.node);
      const selfLoop = edges.some((e) => e.to === top.node);
      if (component.length > 1 || selfLoop) out.push(component.sort());
    }
  }
  return out.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/**
 * One shortest cycle through each import edge of a cyclic component (breadth-first, edges taken
 * in sorted order, so the answer is stable), without repeats: together they cover every edge of
 * the component, so each import that closes a cycle shows up in some chain to fix. Every cycle
 * starts at its smallest module.
 */
export function cyclesIn(graph: ImportGraph, component: readonly string[]): string[][] {
  const inside = new Set(component);
  const seen = new Set<string>();
  const cycles: string[][] = [];
  for (const from of component) {
    for (const to of targetsIn(graph, inside, from)) {
      const back = shortestPath(graph, inside, to, from);
      if (back === null) continue;
      const cycle = [from, ...back.slice(0, -1)];
      const k = cycle.indexOf([...cycle].sort()[0]!);
      const canonical = [...cycle.slice(k), ...cycle.slice(0, k)];
      const id = canonical.join(' > ');
      if (!seen.has(id)) {
        seen.add(id);
        cycles.push(canonical);
      }
    }
  }
  return cycles.sort((a, b) => (a.join(' ') < b.join(' ') ? -1 : 1));
}

function targetsIn(graph: ImportGraph, inside: ReadonlySet<string>, from: string): string[] {
  return (graph.get(from) ?? [])
    .map((e) => e.to)
    .filter((to) => inside.has(to))
    .sort();
}

/** The modules of a shortest path from `start` to `goal` (both included), or null. */
function shortestPath(
  graph: ImportGraph,
  inside: ReadonlySet<string>,
  start: string,
  goal: string,
): string[] | null {
  const parent = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    if (node === goal) {
      const path = [node];
      for (let p = parent.get(node); p != null; p = parent.get(p)) path.unshift(p);
      return path;
    }
    for (const to of targetsIn(graph, inside, node)) {
      if (parent.has(to)) continue;
      parent.set(to, node);
      queue.push(to);
    }
  }
  return null;
}

/** Whether every edge of the cycle (closing edge included) is type-only. */
export function typeOnlyCycle(graph: ImportGraph, cycle: readonly string[]): boolean {
  return cycle.every((from, i) => {
    const to = cycle[(i + 1) % cycle.length]!;
    return (graph.get(from) ?? []).find((e) => e.to === to)?.typeOnly === true;
  });
}

/** Each cycle as one line, "a.ts -> b.ts -> a.ts", marked when only types close it. */
export function describeCycles(graph: ImportGraph): string[] {
  return cyclicComponents(graph).flatMap((component) =>
    cyclesIn(graph, component).map(
      (c) => [...c, c[0]].join(' -> ') + (typeOnlyCycle(graph, c) ? ' (type-only)' : ''),
    ),
  );
}

/** The edges from modules under `from` to modules under `to` (folder prefixes, '/'-terminated). */
export function edgesBetween(graph: ImportGraph, from: string, to: string): string[] {
  const out: string[] = [];
  for (const [module, edges] of graph)
    if (module.startsWith(from))
      for (const e of edges) if (e.to.startsWith(to)) out.push(`${module} -> ${e.to}`);
  return out.sort();
}
