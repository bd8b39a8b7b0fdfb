import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { VanbanError } from '../../errors/index.ts';

const SCHEMA_FILE = new URL('../../../schema/plan-document.schema.json', import.meta.url);

/** GET /api/schema/plan-document.json: the published JSON Schema of the plan (public, no token). */
export async function schemaRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/schema/plan-document.json',
    { schema: { summary: 'JSON Schema of the plan document', tags: ['schema'], security: [] } },
    async (_req, reply) => {
      const text = await fs.readFile(SCHEMA_FILE, 'utf8').catch(() => {
        throw new VanbanError('NOT_FOUND', 'schema/plan-document.schema.json is missing (npm run schema:generate)');
      });
      return reply.type('application/schema+json').send(text);
    },
  );
}
