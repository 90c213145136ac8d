import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The correctness record (content/REVIEW.md) must cover every lesson and every question bank, and
// each entry must be at least as new as its files' last change: a lesson edited after its review
// fails this check until someone reviews it again and dates the entry. Dates are days (UTC), as
// the record writes them; a file with uncommitted changes counts as changed today.

const root = new URL('../../../', import.meta.url).pathname;
const record = readFileSync(join(root, 'content/REVIEW.md'), 'utf8');

/** A line that dates a review: "Reviewed 2026-12-04", "Second review, 2026-12-04 (…)". */
const REVIEW_DATE =
  /^(?:Reviewed|Re-reviewed|(?:First|Second|Third|Fourth|Fifth) review,?)\s+(?:on\s+)?(\d{4}-\d{2}-\d{2})\b/gm;

interface Entry {
  files: string[];
  reviewed: string | null;
}

// The record's entries: each `## ` heading names its files, joined by " · ".
function entries(text: string): Entry[] {
  const sections = text.split(/^## /m).slice(1);
  return sections.map((section) => {
    const [heading = '', ...body] = section.split('\n');
    const files = heading.split('·').map((part) => part.trim().replace(/^`|`$/g, ''));
    const dates = [...body.join('\n').matchAll(REVIEW_DATE)].map((m) => m[1] ?? '');
    return { files, reviewed: dates.sort().at(-1) ?? null };
  });
}

// Every lesson and bank in the content folder, relative to the project.
function contentFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
    );
  return [
    ...walk(join(root, 'content/lessons')).filter((f) => f.endsWith('.mdx')),
    ...walk(join(root, 'content/questions')).filter((f) => f.endsWith('.yaml')),
  ].map((f) => relative(root, f));
}

// The day a file last changed: its last commit, or today when it has uncommitted changes.
function lastChange(file: string): string {
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    }).trim();
  if (git('status', '--porcelain', '--', file) !== '') return new Date().toISOString().slice(0, 10);
  return git('log', '-1', '--format=%cd', '--date=format-local:%Y-%m-%d', '--', file);
}

describe('the correctness record (content/REVIEW.md)', () => {
  const recorded = entries(record);
  const byFile = new Map(recorded.flatMap((e) => e.files.map((f) => [f, e] as const)));

  it('has an entry for every lesson and every question bank, and none for a missing file', () => {
    const files = contentFiles();
    expect(
      files.filter((f) => !byFile.has(f)),
      'lessons or banks with no entry',
    ).toEqual([]);
    const known = new Set(files);
    expect(
      [...byFile.keys()].filter((f) => !known.has(f)),
      'entries for no file',
    ).toEqual([]);
  });

  it('dates every entry, and no entry is older than its files’ last change', () => {
    const stale = contentFiles().flatMap((file) => {
      const entry = byFile.get(file);
      if (!entry) return [];
      if (entry.reviewed === null) return [`${file}: its entry has no "Reviewed <date>" line`];
      const changed = lastChange(file);
      return changed > entry.reviewed
        ? [`${file}: changed ${changed}, last reviewed ${entry.reviewed}`]
        : [];
    });
    expect(stale).toEqual([]);
  });

  it('reads review dates the way the record writes them', () => {
    const sample = [
      '## content/a.mdx · content/b.yaml',
      'Reviewed 2026-12-01.',
      'Second review, 2026-12-04 (afternoon), of two questions.',
      '## content/c.mdx',
      'Reviewed in an earlier session; corrected 2026-12-04.',
    ].join('\n');
    expect(entries(sample)).toEqual([
      { files: ['content/a.mdx', 'content/b.yaml'], reviewed: '2026-12-04' },
      { files: ['content/c.mdx'], reviewed: null },
    ]);
  });
});
