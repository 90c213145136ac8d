import { describe, expect, it } from 'vitest';
import { moduleReminder } from '~/progress/reminders';
import { docWith, iso } from './helpers';

const module = {
  id: 'foundations',
  title: 'Foundations',
  lessonIds: ['foundations/a', 'foundations/b'],
};
const done = (minutes: number) => ({ completed: true, at: iso(minutes) });

describe('moduleReminder', () => {
  it('is due once every lesson of the module is complete', () => {
    expect(moduleReminder(docWith({ lessons: { 'foundations/a': done(1) } }), module)).toBeNull();
    const finished = docWith({ lessons: { 'foundations/a': done(1), 'foundations/b': done(2) } });
    expect(moduleReminder(finished, module)).toEqual({
      milestone: 'module-foundations',
      message:
        'You finished “Foundations”. Your progress lives only in this browser: export a copy to keep it safe.',
    });
  });

  it('is not due after an export since, or once dismissed', () => {
    const lessons = { 'foundations/a': done(1), 'foundations/b': done(2) };
    expect(moduleReminder(docWith({ lessons, exportedAt: iso(3) }), module)).toBeNull();
    expect(moduleReminder(docWith({ lessons, exportedAt: iso(1) }), module)).not.toBeNull();
    expect(
      moduleReminder(
        docWith({ lessons, reminders: { 'module-foundations': { at: iso(3) } } }),
        module,
      ),
    ).toBeNull();
  });
});
