// What the progress page knows about the course: built from the content at build time by
// progress-catalog.ts and handed to the progress islands as a prop.
import type { CatalogQuestion } from '~/progress/stats';

/** What the progress page knows about the course, computed at build time. */
export interface CourseInfo {
  modules: {
    id: string;
    title: string;
    lessons: { id: string; title: string; href: string }[];
  }[];
  /** Quiz banks by id: title and the lesson page that shows them. */
  banks: Record<string, { title: string; href: string | null }>;
  /** Every question by id. */
  questions: Record<string, CatalogQuestion>;
  /** Labels of exam tags. */
  exams: Record<string, string>;
  /** Challenges by id: title and the page they are on. */
  challenges: Record<string, { title: string; href: string }>;
  /** Practice drill skills by id: title and the drill page. */
  drillSkills: Record<string, { title: string; href: string }>;
  /** Exam papers by blueprint id, in the exam picker's order: title and domain titles by id. */
  papers?: Record<string, { title: string; domains: Record<string, string> }>;
  /** Links the history needs: the exam picker, and the review page. */
  links?: { exams: string; review: string };
}
