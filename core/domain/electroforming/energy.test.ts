import { describe, expect, it } from 'vitest';
import { copperConsumed } from './copper';
import { energyCost } from './energy';
import { expectClose, issuesOf } from './test-helpers';

describe('energy and electricity cost', () => {
  it('0.9 A at 1.5 V for 2 h through an 80 % rectifier at Rp 1500/kWh', () => {
    const r = energyCost({
      currentA: 0.9,
      volts: 1.5,
      hours: 2,
      rectifierEfficiency: 0.8,
      pricePerKwhIdr: 1500,
    });
    // 1.5 · 0.9 · 2 = 2.7 Wh into the bath; 2.7 / 0.8 = 3.375 Wh from the mains
    expectClose(r.dcWh, 2.7);
    expectClose(r.wh, 3.375);
    expectClose(r.kwh, 0.003375);
    expectClose(r.costIdr, 5.0625);
    expect(r.units).toEqual({ wh: 'Wh', kwh: 'kWh', dcWh: 'Wh', costIdr: 'IDR' });
  });

  it('defaults to 0.8 rectifier efficiency and the PLN household tariff', () => {
    const r = energyCost({ currentA: 2, volts: 3, hours: 24 });
    expectClose(r.wh, 180);
    expectClose(r.costIdr, 0.18 * 1444.7);
  });

  it('refuses zero time and rectifier efficiency above 1', () => {
    const issues = issuesOf(() => energyCost({ currentA: 1, volts: 2, hours: 0, rectifierEfficiency: 1.1 }));
    expect(issues.map((i) => i.field)).toEqual(['hours', 'rectifierEfficiency']);
  });
});

describe('copper consumed', () => {
  it('60 cm² × 250 µm of copper weighs 13.44 g', () => {
    const r = copperConsumed({ areaCm2: 60, thicknessUm: 250, pricePerKgIdr: 150_000 });
    expectClose(r.volumeCm3, 1.5);
    expectClose(r.massG, 13.44);
    expectClose(r.costIdr, 2016);
    expect(r.units.costIdr).toBe('IDR');
  });

  it('has no cost figure without a price', () => {
    const r = copperConsumed({ areaCm2: 10, thicknessUm: 100 });
    expectClose(r.massG, 0.896);
    expect('costIdr' in r).toBe(false);
    expect(issuesOf(() => copperConsumed({ areaCm2: 10, thicknessUm: 0 }))[0].field).toBe('thicknessUm');
  });
});
