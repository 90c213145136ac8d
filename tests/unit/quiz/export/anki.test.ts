import { describe, expect, it } from 'vitest';
import { ankiGuid, escapeAnkiHtml, exportAnki } from '~/quiz/export';
import { everyKind, single } from '../fixtures';

describe('exportAnki', () => {
  it('writes the header and one tab-separated line of four fields per question', () => {
    const { text, exported } = exportAnki(everyKind);
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#tags column:4',
    ]);
    expect(lines).toHaveLength(4 + everyKind.length);
    for (const line of lines.slice(4)) expect(line.split('\t')).toHaveLength(4);
    expect(exported).toEqual(everyKind.map((q) => q.id));
  });

  it('keeps the guid stable per question id, so re-import updates', () => {
    const first = exportAnki([single('vpc-endpoints')])
      .text.split('\n')[4]
      ?.split('\t')[0];
    const again = exportAnki([{ ...single('vpc-endpoints'), prompt: 'Reworded' }])
      .text.split('\n')[4]
      ?.split('\t')[0];
    expect(first).toBe('podnet-vpc-endpoints');
    expect(again).toBe(first);
    expect(ankiGuid('x')).toBe('podnet-x');
  });

  it('escapes HTML, tabs and newlines inside fields', () => {
    expect(escapeAnkiHtml('a\tb\nc <b>&"')).toBe('a&#9;b<br>c &lt;b&gt;&amp;&quot;');
    const line =
      exportAnki([{ ...single('tabby'), prompt: 'one\ttwo\nthree' }]).text.split('\n')[4] ?? '';
    const [, front, back, tags] = line.split('\t');
    expect(front).toMatch(/^one&#9;two<br>three<ul><li>option a<\/li>/);
    expect(back).toContain('<li>✔ option b: why b</li>');
    expect(tags).toBe('podnet saa-c03:1.2');
  });
});
