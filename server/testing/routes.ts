import { testingApi } from '#core/api/testing';
import { registerEndpoints } from '#server/lib/endpoints';
import type { App } from '#server/lib/http';

/**
 * The probe behind `testingApi` (TEST_ROUTES=true only): remembers, in memory, each item it
 * received and how many times its handler ran. The end-to-end journeys use it to show the
 * web's outbox delivers queued work exactly once.
 */
export default async function testingRoutes(app: App) {
  const received = new Map<string, { id: string; note: string; executions: number }>();
  registerEndpoints(app, testingApi, {
    probe: async (request) => {
      const { id, note } = request.body;
      const item = received.get(id) ?? { id, note, executions: 0 };
      item.executions += 1;
      item.note = note;
      received.set(id, item);
      return { ...item };
    },
    probeLog: async () => ({ items: [...received.values()] }),
  });
}
