/* The leadership dashboard: figures, targeting, drill-down, reports and the demo data. */

export { seedDemo } from '../demo/seed-demo';
export { drillCountFromRows, drillDown } from './drill';
export { getNeedsMatrix, getTargeting, matrixFor, targetingFor } from './needs';
export { reportPdf } from './report-pdf';
export { reportXlsx } from './report-xlsx';
export { scopeOf } from './scope';
export { getSummary, summaryFor } from './summary';
