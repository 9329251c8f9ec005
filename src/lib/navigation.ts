/**
 * The order of the sidebar, for previous/next links on every page of the
 * course: home, the course-wide pages, then each module page followed by its
 * lessons and exercises (the instructor edition has no module pages, and adds
 * its syntax inventory and status page; print editions are documents, not
 * pages of the site, so they are left out).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getCourse, exercisePath, lessonPath, type NavPage } from './course.ts';
import { edition } from './site-env.ts';

let cached: Promise<NavPage[]> | undefined;

export function siteOrder(): Promise<NavPage[]> {
  cached ??= (async () => {
    const order: NavPage[] = [{ title: edition === 'student' ? 'Course home' : 'Instructor home', path: '/', kind: 'page' }];
    if (edition === 'student') {
      const pages = (await getCollection('pages')).filter((p) => p.id !== 'home').sort((a, b) => a.data.order - b.data.order);
      order.push(...pages.map((p): NavPage => ({ title: p.data.title, path: `/${p.id}/`, kind: 'page' })));
    } else {
      // Instructor pages have the learner pages' schema (src/schemas/page.ts).
      const pages = ((await getCollection('instructor')) as unknown as CollectionEntry<'pages'>[]).sort((a, b) => a.data.order - b.data.order);
      order.push(...pages.map((p): NavPage => ({ title: p.data.title, path: `/${p.id}/`, kind: 'page' })));
      order.push({ title: 'Syntax inventory', path: '/syntax/', kind: 'page' }, { title: 'Verification status', path: '/status/', kind: 'page' });
    }
    for (const { module, lessons } of await getCourse()) {
      if (!module.data.published) continue;
      if (edition === 'student')
        order.push({ title: `Module ${module.data.number}: ${module.data.title}`, path: `/module-${module.data.number}/`, kind: 'page' });
      for (const { lesson, exercise } of lessons) {
        order.push({
          title: `${lesson.data.number} ${lesson.data.title}`,
          path: lessonPath(lesson),
          lessonId: lesson.id,
          objectiveIds: lesson.data.objectives.map((o) => o.id),
          kind: 'lesson',
        });
        if (exercise)
          order.push({ title: `Exercise ${lesson.data.number}: ${exercise.data.title}`, path: exercisePath(lesson), lessonId: lesson.id, kind: 'exercise' });
      }
    }
    return order;
  })();
  return cached;
}

/** Previous and next pages around `path` in the sidebar's order. */
export async function siteNeighbours(path: string): Promise<{ previous?: NavPage; next?: NavPage }> {
  const order = await siteOrder();
  const index = order.findIndex((page) => page.path === path);
  if (index < 0) return {};
  return { ...(index > 0 ? { previous: order[index - 1]! } : {}), ...(index < order.length - 1 ? { next: order[index + 1]! } : {}) };
}
