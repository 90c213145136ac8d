// The progress islands' view of the course (built at build time by src/lib/progress-catalog.ts).
export type { CourseInfo } from '~/lib/course-info';
