/** content/modules/<n>.yaml: a module of the course. */
import { z } from 'zod';

export const moduleSchema = z.strictObject({
  number: z.number().int().positive(),
  title: z.string().min(1),
  summary: z.string().min(1),
  /** Modules not published in this edition are listed on the home page for orientation only. */
  published: z.boolean().default(true),
});

export type ModuleData = z.infer<typeof moduleSchema>;
