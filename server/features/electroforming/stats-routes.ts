import { Stats, StatsQuery, Summary } from '#core/schemas/electroforming-records';
import { requireRole } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import * as service from './service';

const tags = ['electroforming'];

export default async function statsRoutes(app: App) {
  app.get(
    '/electroforming/stats',
    { schema: { tags, querystring: StatsQuery, response: { 200: Stats } } },
    async (request) => {
      requireRole(request, 'ikm_owner', 'admin');
      return service.getStats(contextFrom(request), request.query);
    },
  );

  /** Officers get only this: counts and rates per owner, no records. */
  app.get('/electroforming/summary', { schema: { tags, response: { 200: Summary } } }, async (request) => {
    requireRole(request, 'admin', 'officer', 'ikm_owner');
    return service.getSummary(contextFrom(request));
  });
}
