import type { FastifyInstance } from 'fastify';
import { sweepStaleSessions } from './features/auth/service';
import { backfillNikFacts, failInterruptedImports } from './features/registry/service';
import { sweepIdempotencyKeys } from './lib/idempotency';
import { sweepUploads } from './lib/uploads';

/** Work done once per boot and then periodically: housekeeping that must not block requests. */
export async function runStartupTasks(app: FastifyInstance) {
  // Uploads of a process killed mid-import would otherwise stay on disk for good.
  const removed = await sweepUploads(app.config.UPLOAD_DIR).catch((err) => {
    app.log.warn({ err }, 'upload sweep failed');
    return [];
  });
  if (removed.length > 0)
    app.log.info({ removed: removed.length }, 'removed uploads left by a stopped process');
  // People stored before owners kept the NIK's birth date and gender (migration 0018).
  const nikFilled = await backfillNikFacts(app.database.db, app.config.secrets.encryptionKey).catch((err) => {
    app.log.warn({ err }, 'NIK facts backfill failed');
    return 0;
  });
  if (nikFilled > 0) app.log.info({ owners: nikFilled }, 'stored birth date and gender decoded from NIKs');
  const sweep = async () => {
    await sweepStaleSessions(app.database.db, app.config.SESSION_IDLE_MINUTES).catch((err) =>
      app.log.warn({ err }, 'session sweep failed'),
    );
    await sweepIdempotencyKeys(app.database.db).catch((err) =>
      app.log.warn({ err }, 'idempotency key sweep failed'),
    );
    // An import whose process died stays 'running' otherwise; exactly one sweeper records it.
    const interrupted = await failInterruptedImports({ db: app.database.db }).catch((err) => {
      app.log.warn({ err }, 'import sweep failed');
      return [];
    });
    if (interrupted.length > 0) app.log.info({ interrupted }, 'recorded interrupted imports as failed');
  };
  await sweep();
  const timer = setInterval(sweep, 60 * 60_000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
