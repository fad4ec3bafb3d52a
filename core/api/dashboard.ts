import {
  DashboardFilters,
  DrillList,
  DrillQuery,
  MatrixQuery,
  NeedsMatrix,
  Summary,
  Targeting,
  TargetingQuery,
} from '#core/schemas/dashboard';
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
  needsMatrix: {
    method: 'GET',
    path: '/dashboard/needs-matrix',
    tags,
    query: MatrixQuery,
    responses: { 200: NeedsMatrix },
    summary: 'Needs by kecamatan and category (open ones, or all).',
  },
  targeting: {
    method: 'GET',
    path: '/dashboard/targeting',
    tags,
    query: TargetingQuery,
    responses: { 200: Targeting },
    summary:
      'Which areas need support: ranked categories, high-priority needs nobody works on, never supported.',
  },
  drill: {
    method: 'GET',
    path: '/dashboard/businesses',
    tags,
    query: DrillQuery,
    responses: { 200: DrillList },
    summary: 'The businesses behind a figure (no personal data).',
  },
});
