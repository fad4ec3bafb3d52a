import path from 'node:path';

const root = import.meta.dirname;

/** The import aliases of tsconfig.json `paths`, for Vite and Vitest (tsx reads tsconfig itself). */
export const aliases = [
  { find: /^#core\//, replacement: `${path.join(root, 'core')}/` },
  { find: /^#server\//, replacement: `${path.join(root, 'server')}/` },
  { find: /^#web\//, replacement: `${path.join(root, 'web', 'src')}/` },
];
