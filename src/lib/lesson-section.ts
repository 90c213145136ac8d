// Build time only: resolves a question's `lesson` link (`<module>/<lesson>#<heading-id>`) into the
// section's title and an anchor the quiz can show after an answer is checked.
import { getEntry, render } from 'astro:content';
import { withBase } from './course';

/** Where to read about a question: the section's heading text and a link to it. */
export interface LessonSection {
  title: string;
  href: string;
}

/**
 * The section a `lesson` link names, linked as `#heading-id` when it is on the page at `pagePath`
 * and by the lesson's URL otherwise; undefined when the question has no link. The build checks
 * (src/lib/course-checks.ts) already fail on a link to a missing lesson or heading.
 */
export async function lessonSection(
  link: string | undefined,
  pagePath: string,
): Promise<LessonSection | undefined> {
  if (link === undefined) return undefined;
  const [lessonId = '', headingId = ''] = link.split('#');
  const entry = await getEntry('lessons', lessonId);
  if (entry === undefined) return undefined;
  const { headings } = await render(entry);
  const heading = headings.find((h) => h.slug === headingId);
  if (heading === undefined) return undefined;
  const page = withBase(`lessons/${lessonId}/`);
  const samePage = trailingSlash(pagePath) === page;
  return { title: heading.text, href: samePage ? `#${headingId}` : `${page}#${headingId}` };
}

// A path with exactly one slash at its end, so `/a/b` and `/a/b/` compare equal.
function trailingSlash(path: string): string {
  return path.replace(/\/?$/, '/');
}
