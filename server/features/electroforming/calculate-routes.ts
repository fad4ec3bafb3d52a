import { CalculateRequestSchema, CalculateResponseSchema } from '#core/schemas/electroforming';
import { requireUser } from '#server/lib/authorize';
import { contextFrom } from '#server/lib/context';
import type { App } from '#server/lib/http';
import * as service from './service';

export default async function calculateRoutes(app: App) {
  app.post(
    '/electroforming/calculate',
    {
      schema: {
        tags: ['electroforming'],
        body: CalculateRequestSchema,
        response: { 200: CalculateResponseSchema },
      },
    },
    async (request) => {
      requireUser(request);
      return service.runCalculation(contextFrom(request), request.body);
    },
  );
}
