import { completedLessons } from '~/progress/selectors';
import type { Progress } from '~/progress/schema';
import type { CourseInfo } from './types';

/** Completion per module, with each lesson ticked or not. */
export function ModuleCompletion({ progress, course }: { progress: Progress; course: CourseInfo }) {
  const done = completedLessons(progress);
  const total = course.modules.reduce((n, m) => n + m.lessons.length, 0);
  const finished = course.modules.reduce(
    (n, m) => n + m.lessons.filter((l) => done.has(l.id)).length,
    0,
  );
  return (
    <section className="pd-card" aria-labelledby="pd-completion-heading">
      <h2 id="pd-completion-heading">Lessons</h2>
      <p className="pd-summary">
        {finished} of {total} {total === 1 ? 'lesson' : 'lessons'} complete
      </p>
      <ul className="pd-modules">
        {course.modules.map((module) => {
          const count = module.lessons.filter((l) => done.has(l.id)).length;
          return (
            <li key={module.id}>
              <div className="pd-module-head">
                <h3>{module.title}</h3>
                <span>
                  {count} of {module.lessons.length}
                </span>
              </div>
              <progress max={module.lessons.length} value={count} aria-hidden="true" />
              <ul className="pd-lessons">
                {module.lessons.map((lesson) => (
                  <li key={lesson.id} data-complete={done.has(lesson.id)}>
                    <span aria-hidden="true" className="pd-tick">
                      {done.has(lesson.id) ? '✓' : '○'}
                    </span>
                    <a href={lesson.href}>{lesson.title}</a>
                    <span className="sr-only">
                      {done.has(lesson.id) ? '(completed)' : '(not completed)'}
                    </span>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
