import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { aliases } from '../aliases';
import { precompress } from '../scripts/precompress';
import { BACKGROUND_COLOR, THEME_COLOR } from './src/lib/palette';

const root = path.resolve(import.meta.dirname);

/** The page's theme colour comes from the Mantine palette too (index.html holds a placeholder). */
const themeColor: Plugin = {
  name: 'bina-kriya-theme-color',
  transformIndexHtml: (html) => html.replaceAll('%THEME_COLOR%', THEME_COLOR),
};

/*
 * Mantine's stylesheet per component, with the component: every `<Name>.module.mjs` (the class
 * names a component renders) imports its own `@mantine/core/styles/<Name>.css`, so a page's CSS
 * travels in the chunk that draws it instead of all of Mantine's CSS (35 KB gzip) blocking the
 * sign-in page. main.tsx imports the base files (baseline, variables, global) first.
 */
const MANTINE_MODULE = /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/].*[\\/](\w+)\.module\.mjs$/;
const mantineStylesPerComponent: Plugin = {
  name: 'bina-kriya-mantine-styles',
  enforce: 'pre',
  transform(code, id) {
    const name = MANTINE_MODULE.exec(id)?.[1];
    if (!name) return null;
    return { code: `import '@mantine/core/styles/${name}.css';\n${code}`, map: null };
  },
};

/*
 * AppShell's header, footer and aside import react-remove-scroll (with its side car, 4 KB gzip)
 * for one class name: that of the library's own constants, without the rest, on every signed-in
 * page's first load. Dialogs, which lock scrolling, still import the whole library.
 */
const APP_SHELL_PART = /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/]AppShell[\\/]/;
const REMOVE_SCROLL_CLASSES = '\0bina-kriya:remove-scroll-classes';
/*
 * Likewise ScrollArea (every table's scroll container) imports one small hook from
 * @floating-ui/react, which brought the whole popover positioning library (15 KB gzip) onto every
 * page with a table: it gets the same hook from web/src/lib/vendor/use-merge-refs.ts.
 */
const SCROLL_AREA = /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/]ScrollArea[\\/]ScrollArea\.mjs$/;
// And a table's scroll container gets its ScrollArea after the first paint (lib/vendor/table-scroll-area.tsx).
const TABLE_SCROLL = /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/]Table[\\/]TableScrollContainer\.mjs$/;
const lighterMantineImports: Plugin = {
  name: 'bina-kriya-lighter-mantine-imports',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === 'react-remove-scroll' && importer && APP_SHELL_PART.test(importer)) {
      return REMOVE_SCROLL_CLASSES;
    }
    if (source === '../ScrollArea/ScrollArea.mjs' && importer && TABLE_SCROLL.test(importer)) {
      return path.resolve(root, 'src', 'lib', 'vendor', 'table-scroll-area.tsx');
    }
    if (source === '@floating-ui/react' && importer && SCROLL_AREA.test(importer)) {
      return path.resolve(root, 'src', 'lib', 'vendor', 'use-merge-refs.ts');
    }
    return null;
  },
  load(id) {
    if (id !== REMOVE_SCROLL_CLASSES) return null;
    return [
      "import { fullWidthClassName, zeroRightClassName } from 'react-remove-scroll-bar/constants';",
      'export const RemoveScroll = { classNames: { fullWidth: fullWidthClassName, zeroRight: zeroRightClassName } };',
    ].join('\n');
  },
};

export default defineConfig({
  root,
  plugins: [
    react(),
    themeColor,
    mantineStylesPerComponent,
    lighterMantineImports,
    // The app shell works offline after one visit: the service worker precaches the built files
    // and answers every page navigation with index.html. API calls are never cached: they are not
    // precached, no runtime caching is configured, and navigations to /api are excluded.
    VitePWA({
      // A new version waits until the person reloads (web/src/lib/pwa.tsx asks): never mid-form.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        id: '/',
        name: 'Bina Kriya — Diskopindag Kota Malang',
        short_name: 'Bina Kriya',
        description: 'Pendataan, pelatihan, pendampingan dan pemasaran IKM kriya.',
        lang: 'id',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: THEME_COLOR,
        background_color: BACKGROUND_COLOR,
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        // Lazy pages are large chunks (charts, maps, spreadsheets); the shell needs them offline too.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: '/index.html',
        // The API, and the server-rendered buyers' catalog (its pages are never the app shell).
        navigateFallbackDenylist: [
          /^\/api(\/|$)/,
          /^\/(en\/)?catalog(\/|$)/,
          /^\/(sitemap\.xml|robots\.txt)$/,
        ],
        cleanupOutdatedCaches: true,
        runtimeCaching: [],
      },
    }),
    // Last: brotli and gzip twins of everything written above, the service worker included.
    precompress(),
  ],
  resolve: {
    alias: [
      ...aliases,
      // React Router's package points bundlers at its development build (dev warnings included).
      {
        find: /^react-router$/,
        replacement: path.resolve(
          root,
          '..',
          'node_modules',
          'react-router',
          'dist',
          'production',
          'index.mjs',
        ),
      },
    ],
  },
  build: {
    outDir: path.resolve(root, '..', 'dist', 'web'),
    emptyOutDir: true,
    // Read by `npm run size` to add up what each entry page loads first.
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Everything the entry imports statically is downloaded on every first visit anyway:
            // one chunk instead of ~50 small ones compresses better (issue 10: sign-in 247 → 224
            // KB gzip). The entry module stays out so the manifest keeps index.html's entry.
            {
              name: 'app',
              tags: ['$initial'],
              test: (id: string) => !/(main\.tsx|index\.html|html-proxy)/.test(id),
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
