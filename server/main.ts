import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { prepareDatabase } from './prepare';
import { runStartupTasks } from './startup';

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config.db);
  await prepareDatabase(database);
  const app = await buildApp({ config, database });
  await runStartupTasks(app);
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: config.HOST, port: config.PORT });
  app.log.info(`Bina Kriya is running at http://localhost:${config.PORT} (database: ${database.kind})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Bina Kriya failed to start:', error);
  }
  process.exit(1);
});
