/*
 * The calculator pages as lazy chunks. The routes mount them; the hub prefetches them so a
 * maker who then loses the connection can still move between calculators (they compute in
 * the browser). Kept apart from routes.tsx so the hub does not import the routes that load it.
 */

export const CALCULATOR_PAGES = {
  time: () => import('../pages/TimePage').then((m) => m.TimePage),
  current: () => import('../pages/CurrentPage').then((m) => m.CurrentPage),
  thickness: () => import('../pages/ThicknessPage').then((m) => m.ThicknessPage),
  energy: () => import('../pages/EnergyPage').then((m) => m.EnergyPage),
  bath: () => import('../pages/BathMakeUpPage').then((m) => m.BathMakeUpPage),
  price: () => import('../pages/PricePage').then((m) => m.PricePage),
  photo: () => import('../pages/PhotoAreaPage').then((m) => m.PhotoAreaPage),
};

/**
 * Loads every calculator in the background once the hub is open, so a maker who then loses
 * the connection can still move between calculators (they compute in the browser).
 */
export function prefetchCalculators() {
  for (const load of Object.values(CALCULATOR_PAGES)) void load().catch(() => undefined);
}
