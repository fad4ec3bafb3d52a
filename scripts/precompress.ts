import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/*
 * Writes a brotli (.br) and a gzip (.gz) twin next to every text asset of the built web app, at
 * build time and at the highest levels (the work is done once, not per request); the server
 * sends the twin the browser accepts (@fastify/static preCompressed). Node's zlib does it, so
 * no plugin dependency is needed.
 */

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map|xml|wasm)$/;
/** Below this a compressed twin saves less than the request headers it rides on. */
export const MIN_BYTES = 1024;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : [full];
  });
}

export function precompressDir(dir: string): { files: number; raw: number; br: number; gz: number } {
  const total = { files: 0, raw: 0, br: 0, gz: 0 };
  for (const file of files(dir)) {
    if (!COMPRESSIBLE.test(file) || statSync(file).size < MIN_BYTES) continue;
    const raw = readFileSync(file);
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    const gz = gzipSync(raw, { level: 9 });
    // A twin that is not smaller is left out; the server then sends the file itself.
    if (br.length < raw.length) writeFileSync(`${file}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
    total.files += 1;
    total.raw += raw.length;
    total.br += Math.min(br.length, raw.length);
    total.gz += Math.min(gz.length, raw.length);
  }
  return total;
}

/** Vite plugin: pre-compresses the output once everything else (service worker included) is written. */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'bina-kriya:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const t = precompressDir(outDir);
        const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
        this.info?.(`pre-compressed ${t.files} files: ${kb(t.raw)} → br ${kb(t.br)}, gzip ${kb(t.gz)}`);
      },
    },
  };
}
