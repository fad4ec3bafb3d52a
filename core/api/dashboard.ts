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
  reportPdf: {
    method: 'GET',
    path: '/dashboard/report.pdf',
    tags,
    query: DashboardFilters,
    produces: ['application/pdf'],
    responses: { 200: null },
    summary: 'The dashboard as an A4 PDF with charts (quarter=2026-Q3 for the quarterly report).',
  },
  reportXlsx: {
    method: 'GET',
    path: '/dashboard/report.xlsx',
    tags,
    query: DashboardFilters,
    produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    responses: { 200: null },
    summary: 'The tables behind every figure of the dashboard, one sheet each.',
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
