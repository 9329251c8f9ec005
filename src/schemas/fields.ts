/** Field types shared by the content schemas. */
import { z } from 'zod';

/** A lesson number such as "3.7" (module 3, lesson 7). */
export const lessonNumber = z.string().regex(/^\d+\.\d+$/, 'a lesson number looks like "3.7" (module.lesson), in quotes');

/** A stable, URL-safe identifier. */
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes');

/** A plain Zig file name that sits next to the exercise. */
export const zigFileName = z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*\.zig$/, 'a plain file name ending in .zig');
