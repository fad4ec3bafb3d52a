import auditRoutes from './features/audit/routes';
import authRoutes from './features/auth/routes';
import catalogRoutes from './features/catalog/routes';
import dashboardRoutes from './features/dashboard/routes';
import electroformingRoutes from './features/electroforming/routes';
import monitoringRoutes from './features/monitoring/routes';
import needsRoutes from './features/needs/routes';
import registryRoutes from './features/registry/routes';
import systemRoutes from './features/system/routes';
import trainingRoutes from './features/training/routes';
import userRoutes from './features/users/routes';

/** Every feature's routes, mounted under /api. */
export const FEATURE_ROUTES = [
  systemRoutes,
  authRoutes,
  userRoutes,
  auditRoutes,
  registryRoutes,
  electroformingRoutes,
  monitoringRoutes,
  catalogRoutes,
  trainingRoutes,
  needsRoutes,
  dashboardRoutes,
];
