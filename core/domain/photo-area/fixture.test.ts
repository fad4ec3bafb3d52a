import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePng } from './fixtures/png';
import { fixtureLeaf } from './fixtures/scenarios';
import { renderScene } from './fixtures/scene';
import { segment } from './index';

const truth = JSON.parse(
  readFileSync(new URL('./fixtures/leaf-known-area.json', import.meta.url), 'utf8'),
) as {
  coinDiameterMm: number;
  object: { areaMm2OneFace: number; areaCm2BothFaces: number };
  tolerance: number;
};

describe('fixtures/leaf-known-area.png (also used by the browser end-to-end test)', () => {
  const image = decodePng(readFileSync(new URL('./fixtures/leaf-known-area.png', import.meta.url)));

  it('is measured within its documented tolerance (aim: 2 %)', () => {
    const result = segment(image, { coinDiameterMm: truth.coinDiameterMm });
    expect(result.warnings).toEqual([]);
    const error = (result.objectAreaMm2 as number) / truth.object.areaMm2OneFace - 1;
    expect(Math.abs(error)).toBeLessThan(Math.min(truth.tolerance, 0.02));
    expect((result.objectAreaCm2BothFaces as number) / truth.object.areaCm2BothFaces).toBeCloseTo(1, 1);
  });

  it('is what the generator script renders (regenerate with generate-fixtures.ts if the scene changes)', () => {
    const scenario = fixtureLeaf();
    expect(truth.object.areaMm2OneFace).toBeCloseTo(scenario.objectAreaMm2, 1);
    const fresh = renderScene(scenario.spec);
    let differing = 0;
    for (let i = 0; i < fresh.data.length; i++) if (fresh.data[i] !== image.data[i]) differing++;
    expect(differing).toBe(0);
  });
});
