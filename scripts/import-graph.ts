import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/*
 * The codebase's boundaries, checked on the import graph (run by `npm run lint` and by a test):
 * layers never import upward, a feature reaches another only through its public entry, and
 * no file depends on itself through a cycle. Type-only imports count: a boundary is about
 * what a reader must know, not only about what runs.
 */

export type Violation = { rule: string; from: string; to?: string; cycle?: string[] };

const ALIASES: [string, string][] = [
  ['#core/', 'core/'],
  ['#server/', 'server/'],
  ['#web/', 'web/src/'],
];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
const SOURCE = /\.(ts|tsx)$/;
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** Repo-relative paths of every source file under the given roots. */
export function listSources(root: string, dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const abs = path.join(root, rel);
    if (!existsSync(abs)) return;
    for (const entry of readdirSync(abs)) {
      if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
      const child = path.posix.join(rel, entry);
      if (statSync(path.join(root, child)).isDirectory()) walk(child);
      else if (SOURCE.test(entry)) out.push(child);
    }
  };
  for (const dir of dirs) walk(dir);
  return out.sort();
}

function resolve(root: string, from: string, spec: string): string | null {
  let base: string | null = null;
  for (const [alias, target] of ALIASES) if (spec.startsWith(alias)) base = target + spec.slice(alias.length);
  if (!base && spec.startsWith('.'))
    base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  if (!base) return null; // a package
  if (SOURCE.test(base) && existsSync(path.join(root, base))) return base;
  for (const ext of EXTENSIONS) if (existsSync(path.join(root, base + ext))) return base + ext;
  return null; // JSON, CSS, assets
}

/** file → the source files it imports, and every specifier as written. */
export function importGraph(root: string, files: string[]) {
  const graph = new Map<string, string[]>();
  const specifiers = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const targets = new Set<string>();
    const written: string[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      written.push(spec);
      const resolved = resolve(root, file, spec);
      if (resolved) targets.add(resolved);
    }
    graph.set(file, [...targets]);
    specifiers.set(file, written);
  }
  return { graph, specifiers };
}

// drizzle-kit loads the table definitions without tsconfig paths.
const RELATIVE_ALLOWED = /^server\/db\/schema\//;

const featureOf = (file: string, base: string) =>
  file.startsWith(base) ? file.slice(base.length).split('/')[0] : null;

/** Tests and benches may borrow another feature's fixtures and test helpers. */
const isTest = (file: string) =>
  /\.test\.tsx?$/.test(file) || /\/test-(helpers|fixtures)\.ts$/.test(file) || file.startsWith('bench/');
const isFixture = (file: string) => /\/test-(helpers|fixtures)\.ts$/.test(file) || /\/fixtures\//.test(file);

/** Files that wire features together and may import their registration points. */
const COMPOSITION_ROOTS = new Set([
  'server/app.ts',
  'server/routes.ts',
  'server/permissions.ts',
  'server/prepare.ts',
  'server/startup.ts',
  'web/src/app/routes.tsx',
]);

/** What a file outside a feature may import from it. */
function isPublicEntry(to: string, from: string): boolean {
  const server = /^server\/features\/[^/]+\/service\/index\.ts$/.test(to);
  const web = /^web\/src\/features\/[^/]+\/index\.tsx?$/.test(to);
  // Tests may borrow another feature's test helpers (factories of its records).
  const testHelper = isTest(from) && isFixture(to);
  return server || web || testHelper;
}

function checkEdge(from: string, to: string): string | null {
  if (from.startsWith('core/') && (to.startsWith('server/') || to.startsWith('web/')))
    return 'core never imports server or web';
  if (from.startsWith('core/domain/') && (to.startsWith('core/schemas/') || to.startsWith('core/api/')))
    return 'core/domain never imports the HTTP contract (core/schemas, core/api)';
  if (from.startsWith('server/') && to.startsWith('web/')) return 'server never imports web';
  if (from.startsWith('web/') && to.startsWith('server/')) return 'web never imports server';
  for (const base of ['server/features/', 'web/src/features/']) {
    const a = featureOf(from, base);
    const b = featureOf(to, base);
    if (b === null || a === b) continue;
    if (COMPOSITION_ROOTS.has(from)) continue;
    if (
      a === null &&
      !from.startsWith('e2e/') &&
      !from.startsWith('bench/') &&
      !from.startsWith('server/test/') &&
      !from.startsWith('server/abuse/')
    ) {
      if (base === 'server/features/') return 'server/lib and server/db never import a feature';
      if (!from.startsWith('web/src/app/')) return 'web/src/lib and components never import a feature';
    }
    if (!isPublicEntry(to, from)) return `feature ${b} is reached only through its public entry`;
  }
  return null;
}

/** Cycles as lists of files (Tarjan's strongly connected components, iteratively). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: [string, number][] = [[start, 0]];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const [node, i] = frame;
      const next = (graph.get(node) ?? [])[i];
      if (next !== undefined) {
        frame[1] = i + 1;
        if (!graph.has(next)) continue;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push([next, 0]);
        } else if (onStack.has(next)) {
          low.set(node, Math.min(low.get(node)!, index.get(next)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      }
      if (low.get(node) === index.get(node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        const selfLoop = (graph.get(node) ?? []).includes(node);
        if (component.length > 1 || selfLoop) cycles.push(component.sort());
      }
    }
  }
  return cycles;
}

export function checkImports(
  root: string,
  dirs = ['core', 'server', 'web/src', 'e2e', 'bench'],
): Violation[] {
  const { graph, specifiers } = importGraph(root, listSources(root, dirs));
  const violations: Violation[] = [];
  for (const [from, specs] of specifiers) {
    if (RELATIVE_ALLOWED.test(from)) continue;
    for (const spec of specs)
      if (spec.startsWith('../../'))
        violations.push({ rule: 'deep relative import (use #core/, #server/ or #web/)', from, to: spec });
  }
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const rule = checkEdge(from, to);
      if (rule) violations.push({ rule, from, to });
    }
  }
  for (const cycle of findCycles(graph)) violations.push({ rule: 'import cycle', from: cycle[0], cycle });
  return violations;
}
