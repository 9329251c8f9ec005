/**
 * Which edition is being built, and where the course and project are. Set by
 * astro.config.mjs from the environment (EDITION, COURSE_ROOT) so that pages,
 * content collections and plugins agree.
 */
import path from 'node:path';
import type { Edition } from '../../course/edition.ts';

/** Where the instructor edition lives, beside the student site: Astro's base for it, and the prefix of links into it. */
export const INSTRUCTOR_BASE = '/instructor';

export const edition: Edition = process.env.EDITION === 'instructor' ? 'instructor' : 'student';
export const projectRoot = path.resolve(process.env.ZFP_PROJECT_ROOT ?? process.cwd());
export const courseRoot = path.resolve(projectRoot, process.env.COURSE_ROOT ?? '.');
