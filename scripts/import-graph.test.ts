import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkImports } from './import-graph';

const root = mkdtempSync(path.join(os.tmpdir(), 'bk-imports-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function plant(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(root, 'tree-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return checkImports(dir, ['core', 'server', 'web/src']).map((v) => v.rule);
}

const CLEAN = {
  'core/domain/money/parse.ts': 'export const parse = (s: string) => Number(s);\n',
  'core/schemas/shop/index.ts':
    "import { parse } from '#core/domain/money/parse';\nexport const x = parse('1');\n",
  'server/features/shop/service/index.ts': "export { sell } from './sell';\n",
  'server/features/shop/service/sell.ts':
    "import { x } from '#core/schemas/shop';\nexport const sell = () => x;\n",
  'server/features/till/service/index.ts':
    "import { sell } from '#server/features/shop/service';\nexport const ring = sell;\n",
  'web/src/features/shop/index.ts': 'export const SHOP = 1;\n',
  'web/src/features/till/pages/Till.tsx':
    "import { SHOP } from '#web/features/shop';\nexport const T = SHOP;\n",
};

describe('the import boundary check', () => {
  it('accepts features that meet only through their public entries', () => {
    expect(plant(CLEAN)).toEqual([]);
  });

  it('fails on a planted reach into another feature’s internals (server and web)', () => {
    expect(
      plant({
        ...CLEAN,
        'server/features/till/service/index.ts':
          "import { sell } from '#server/features/shop/service/sell';\nexport const ring = sell;\n",
        'web/src/features/till/pages/Till.tsx':
          "import { SHOP } from '../../shop/index';\nexport const T = SHOP;\n",
        'web/src/features/shop/components/Price.tsx': 'export const P = 1;\n',
        'web/src/features/till/pages/Other.tsx': "import { P } from '#web/features/shop/components/Price';\n",
      }),
    ).toEqual([
      'deep relative import (use #core/, #server/ or #web/)',
      'feature shop is reached only through its public entry',
      'feature shop is reached only through its public entry',
    ]);
  });

  it('fails when core imports the server or domain imports the contract', () => {
    const rules = plant({
      ...CLEAN,
      'core/domain/money/parse.ts':
        "import { x } from '#core/schemas/shop';\nexport const parse = () => x;\n",
      'core/format.ts': "import { ring } from '#server/features/till/service';\nexport const f = ring;\n",
    });
    expect(rules).toContain('core/domain never imports the HTTP contract (core/schemas, core/api)');
    expect(rules).toContain('core never imports server or web');
  });

  it('fails on a planted cycle, however long', () => {
    const rules = plant({
      ...CLEAN,
      'server/features/shop/service/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'server/features/shop/service/b.ts': "import { c } from './c';\nexport const b = () => c;\n",
      'server/features/shop/service/c.ts':
        "import type { a } from './a';\nexport const c: typeof a | null = null;\n",
    });
    expect(rules).toEqual(['import cycle']);
  });

  it('fails when infrastructure reaches into a feature', () => {
    expect(
      plant({
        ...CLEAN,
        'server/lib/x.ts': "import { ring } from '#server/features/till/service';\nexport default ring;\n",
      }),
    ).toEqual(['server/lib and server/db never import a feature']);
  });
});
