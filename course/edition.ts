/**
 * The course is published twice: the student edition, and the instructor
 * edition that adds guides, open hints and solutions. The build orchestrator
 * and every page agree on these two names.
 */
export const EDITIONS = ['student', 'instructor'] as const;
export type Edition = (typeof EDITIONS)[number];
