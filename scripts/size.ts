import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { shellCatalogs } from '../web/src/app/catalogs';

/*
 * `npm run size` (after `npm run build`): what the browser downloads on a first visit to each
 * entry page — index.html, the entry script with everything it imports statically, the page's
 * own chunk with its static imports, and their CSS — raw, gzip and brotli. Fails when a page is
 * over the budget (issue 10: 250 KB gzip).
 */

const BUDGET_GZIP = 250 * 1024;
const dist = path.resolve(import.meta.dirname, '..', 'dist', 'web');
const manifestFile = path.join(dist, '.vite', 'manifest.json');

type Chunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
};
type Manifest = Record<string, Chunk>;

const SHELL = 'src/app/SignedInShell.tsx';
/**
 * The Bahasa Indonesia catalogs the signed-in shell waits for at `pathname` (app/catalogs.ts;
 * the rest load after its first paint).
 */
const CATALOGS = (manifest: Manifest, pathname: string) => {
  const wanted = shellCatalogs(pathname);
  return Object.keys(manifest).filter((k) => {
    const ns = /core\/i18n\/id\/([\w-]+)\.json$/.exec(k)?.[1];
    return ns !== undefined && manifest[k].isDynamicEntry && (!wanted || wanted.includes(ns));
  });
};

/**
 * The pages a person lands on first, by role: each route's lazily loaded page, and for signed-in
 * pages the shell and the catalogs that render before it.
 */
export const ENTRY_PAGES: Record<
  string,
  {
    page: string;
    path: string;
    signedIn: boolean /** false: printed, not yet held to the budget */;
    enforced?: false;
  }
> = {
  'sign-in (/login)': { page: 'src/features/auth/pages/LoginPage.tsx', path: '/login', signedIn: false },
  'first-run setup (/setup)': {
    page: 'src/features/auth/pages/SetupPage.tsx',
    path: '/setup',
    signedIn: false,
  },
  'home, every role (/)': { page: 'src/features/home/pages/HomePage.tsx', path: '/', signedIn: true },
  'officer: registry list (/registry)': {
    page: 'src/features/registry/list/BusinessListPage.tsx',
    path: '/registry',
    signedIn: true,
  },
  'admin: users (/users)': { page: 'src/features/users/pages/UsersPage.tsx', path: '/users', signedIn: true },
  'admin: audit log (/audit)': {
    page: 'src/features/audit/pages/AuditPage.tsx',
    path: '/audit',
    signedIn: true,
  },
  'maker: workbench (/electroforming)': {
    page: 'src/features/electroforming/pages/HubPage.tsx',
    path: '/electroforming',
    signedIn: true,
  },
  // The visit screens (issue #12's 250 KB): printed, not yet held to it (bench/README.md (c)).
  'officer: field app (/field)': {
    page: 'src/features/monitoring/pages/FieldPage.tsx',
    path: '/field',
    signedIn: true,
    enforced: false,
  },
  'officer: record a visit (/field/visit/…)': {
    page: 'src/features/monitoring/pages/RecordVisitPage.tsx',
    path: '/field/visit/x',
    signedIn: true,
    enforced: false,
  },
  'officer: correct a visit (/visits/…/edit)': {
    page: 'src/features/monitoring/pages/EditVisitPage.tsx',
    path: '/visits/x/edit',
    signedIn: true,
    enforced: false,
  },
};

/** Every file a chunk needs before it runs: itself, its static imports (transitively), their CSS. */
export function firstLoadFiles(manifest: Manifest, keys: string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return [...files];
}

type Sizes = { raw: number; gzip: number; brotli: number };
const cache = new Map<string, Sizes>();
function sizesOf(file: string): Sizes {
  let s = cache.get(file);
  if (!s) {
    const data = readFileSync(path.join(dist, file));
    s = {
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    cache.set(file, s);
  }
  return s;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(10);

function main() {
  if (!existsSync(manifestFile)) {
    console.error('No build manifest: run `npm run build` first.');
    process.exit(2);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry)?.[0];
  if (!entry) throw new Error('no entry chunk in the manifest');
  console.log(`First-load bytes per entry page (budget ${kb(BUDGET_GZIP).trim()} gzip)\n`);
  console.log(
    `${'page'.padEnd(38)}${'files'.padStart(6)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`,
  );
  let over = 0;
  for (const [name, { page, path: pathname, signedIn, enforced }] of Object.entries(ENTRY_PAGES)) {
    if (!manifest[page]) {
      console.log(`${name.padEnd(38)}  (not in this build)`);
      continue;
    }
    const keys = [entry, page, ...(signedIn ? [SHELL, ...CATALOGS(manifest, pathname)] : [])];
    const files = ['index.html', ...firstLoadFiles(manifest, keys)];
    const total = files
      .map(sizesOf)
      .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
        raw: 0,
        gzip: 0,
        brotli: 0,
      });
    const flag =
      total.gzip <= BUDGET_GZIP ? '' : enforced === false ? '  over (not enforced yet)' : '  OVER BUDGET';
    if (flag && enforced !== false) over += 1;
    console.log(
      `${name.padEnd(38)}${String(files.length).padStart(6)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}${flag}`,
    );
  }
  if (over > 0) {
    console.error(`\n${over} page(s) over the first-load budget.`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
