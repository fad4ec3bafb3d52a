/*
 * The catalogs the signed-in shell waits for before its first paint: its own (outbox; common,
 * errors, auth and fields ship with the app) and those of the page a person lands on. The pages
 * people land on most (issue 10: each under 250 KB gzip on a first visit) are listed; any other
 * address waits for every catalog, as before. The shell loads the rest right after it is shown.
 */
const SHELL = ['outbox'];

const LANDING: { path: RegExp; namespaces: string[] }[] = [
  // Home: the greeting and the follow-up list. The dashboard (its own chunk) brings its catalogs
  // with it (HomePage).
  { path: /^\/$/, namespaces: ['monitoring'] },
  { path: /^\/registry\/?$/, namespaces: ['registry'] },
  // The user form's kecamatan picker uses the registry's words: the form (its own chunk) waits
  // for them when it is opened (UsersPage), the list does not.
  { path: /^\/users\/?$/, namespaces: ['users'] },
  { path: /^\/audit\/?$/, namespaces: ['audit'] },
  { path: /^\/electroforming\/?$/, namespaces: ['electroforming'] },
];

/** The namespaces to load before the shell first renders at `pathname`; undefined = all. */
export function shellCatalogs(pathname: string): string[] | undefined {
  const landing = LANDING.find((entry) => entry.path.test(pathname));
  return landing ? [...SHELL, ...landing.namespaces] : undefined;
}

/**
 * The namespaces a landing page waits for (its `lazyPage`, and CatalogsGate however the page is
 * reached; undefined = every one): the same as the shell's list for it,
 * so the page is not held back by every other catalog (they follow after the first paint).
 */
export function pageCatalogs(pathname: string): string[] | undefined {
  return LANDING.find((entry) => entry.path.test(pathname))?.namespaces;
}
