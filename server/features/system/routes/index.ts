import { sql } from 'drizzle-orm';
import { systemApi } from '#core/api/system';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';

export default async function systemRoutes(app: App) {
  registerEndpoints(app, systemApi, {
    health: async () => {
      await app.database.db.execute(sql`select 1`);
      return { status: 'ok' as const, db: app.database.kind };
    },
    openapi: async () => app.swagger(),
  });
}
