import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '#server/lib/http';

const Health = z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) });

export default async function systemRoutes(app: App) {
  app.get(
    '/health',
    { config: { public: true }, schema: { tags: ['system'], response: { 200: Health } } },
    async () => {
      await app.database.db.execute(sql`select 1`);
      return { status: 'ok' as const, db: app.database.kind };
    },
  );

  app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}
