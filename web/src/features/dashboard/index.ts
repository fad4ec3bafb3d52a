/* What other web features may use of the dashboard. */

/** The leadership dashboard page, as its own chunk (charts stay off the first load). */
export const loadDashboardPage = () => import('./pages/DashboardPage').then((m) => m.DashboardPage);
