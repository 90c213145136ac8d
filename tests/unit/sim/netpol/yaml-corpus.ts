import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ROUTING_PRESETS } from '~/components/sims/routing/presets';

// Every manifest the project ships or tests with, for the differential tests of the YAML reader:
// YAML and JSON code blocks of the lessons, the YAML data files (and the manifests written inside
// them), the routing playground's presets, and manifests written as template strings in src/
// and in the unit tests.

/** One text of the corpus and where it comes from. */
export interface CorpusEntry {
  readonly name: string;
  readonly text: string;
}

/** The files under a folder whose names end with one of the extensions. */
function filesUnder(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => extensions.some((extension) => file.endsWith(extension)))
    .map((file) => join(folder, file))
    .sort();
}

/** The ```yaml, ```yml and ```json code blocks of an MDX file. */
function codeBlocks(text: string): string[] {
  return [...text.matchAll(/^( *)```(?:yaml|yml|json)[^\n]*\n([\s\S]*?)^\1```/gm)].map(
    ([, indent = '', body = '']) =>
      body
        .split('\n')
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
        .join('\n'),
  );
}

/** The strings inside a parsed YAML value that look like manifests (several lines with `key:`). */
function manifestStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('\n') && /^\s*[\w-]+:/m.test(value)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((item) => manifestStrings(item, out));
  else if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach((item) => manifestStrings(item, out));
  }
  return out;
}

/** Template strings without substitutions that hold a manifest (`kind:` in them). */
function templateManifests(source: string): string[] {
  return [...source.matchAll(/`([^`$\\]*\bkind:[^`$\\]*)`/g)].map(([, body = '']) => body);
}

/** The whole corpus, read from the working tree. */
export function manifestCorpus(root = process.cwd()): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  const add = (name: string, texts: readonly string[]) =>
    texts.forEach((text, i) => entries.push({ name: `${name}#${String(i)}`, text }));
  for (const file of filesUnder(join(root, 'content'), ['.mdx'])) {
    add(file, codeBlocks(readFileSync(file, 'utf8')));
  }
  for (const folder of ['content', 'tests/fixtures']) {
    for (const file of filesUnder(join(root, folder), ['.yaml', '.yml'])) {
      const text = readFileSync(file, 'utf8');
      const values = parseAllDocuments(text, { uniqueKeys: false }).map((doc) => doc.toJS());
      add(file, [text, ...manifestStrings(values)]);
    }
  }
  add(
    'routing presets',
    ROUTING_PRESETS.map((preset) => preset.manifests),
  );
  for (const folder of ['src', 'tests/unit/sim']) {
    for (const file of filesUnder(join(root, folder), ['.ts', '.tsx'])) {
      add(file, templateManifests(readFileSync(file, 'utf8')));
    }
  }
  return entries;
}
