import { z } from 'zod';

/** The query of `GET /api/docs`: which language comes first (Chinese unless `lang=en`). */
export const docsPageQuery = z.object({ lang: z.enum(['zh', 'en']).optional() });
