/** Vitest global setup: one real build of the fixture course's site, shared by the site tests. */
import type { TestProject } from 'vitest/node';
import { buildFixtureSite, type BuiltSite } from './fixture-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSite: BuiltSite;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('fixtureSite', await buildFixtureSite('course', []));
}
