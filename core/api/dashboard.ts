import { DashboardFilters, Summary } from '#core/schemas/dashboard';
import { defineEndpoints } from './endpoint';

const tags = ['dashboard'] as const;

export const dashboardApi = defineEndpoints({
  summary: {
    method: 'GET',
    path: '/dashboard/summary',
    tags,
    query: DashboardFilters,
    responses: { 200: Summary },
    summary: "The headline figures for a period and area; an officer's are limited to their kecamatan.",
  },
});
