import { describe, expect, it } from 'vitest';
import { readYamlDocuments } from '~/sim/netpol/yaml-documents';
import { documentsByJsYaml } from './js-yaml-tree';
import { manifestCorpus } from './yaml-corpus';

// The reader against js-yaml 5 (test-only now): for every manifest the project ships or tests
// with, both give the same documents, with the same node trees at the same offsets.

/** The documents of a text as the reader gives them, 'error' for a document it refuses. */
function documentsByReader(text: string): unknown[] {
  return readYamlDocuments(text).map(({ contents, error }) => (error ? 'error' : contents));
}

const corpus = manifestCorpus();

describe('the YAML reader against js-yaml, on the project corpus', () => {
  it('finds manifests in the lessons, data files, presets and tests', () => {
    expect(corpus.length).toBeGreaterThan(150);
    expect(corpus.filter(({ name }) => name.endsWith('.mdx#0')).length).toBeGreaterThan(10);
  });

  it('reads every manifest of the corpus into the same trees', () => {
    for (const { name, text } of corpus) {
      expect({ name, documents: documentsByReader(text) }).toEqual({
        name,
        documents: documentsByJsYaml(text),
      });
    }
  });
});
