import type { FastifyInstance } from 'fastify';
import { deleteStaleSessions } from './features/auth/queries';

/** Work done once per boot and then periodically: housekeeping that must not block requests. */
export async function runStartupTasks(app: FastifyInstance) {
  const sweep = async () => {
    const now = new Date();
    const idleSince = new Date(now.getTime() - app.config.SESSION_IDLE_MINUTES * 60_000);
    await deleteStaleSessions(app.database.db, now, idleSince).catch((err) =>
      app.log.warn({ err }, 'session sweep failed'),
    );
  };
  await sweep();
  const timer = setInterval(sweep, 60 * 60_000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
