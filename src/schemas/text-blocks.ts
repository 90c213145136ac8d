/** A piece of author text: a paragraph (inline `code` allowed) or a fenced code block. */
export type TextBlock =
  { kind: 'paragraph'; text: string } | { kind: 'code'; language: string; code: string };

// A fence is a line of its own that starts with three backticks, optionally naming a language.
const FENCE = /^```([\w-]*)\s*$/;

/**
 * Splits author text (a question prompt) into paragraphs, separated by blank lines, and fenced
 * code blocks, so a prompt can quote a manifest. Lines of a paragraph are joined with spaces; an
 * unclosed fence runs to the end of the text.
 *
 * @example
 * textBlocks('Read this:\n\n```yaml\nkind: Pod\n```\n\nWhat is it?');
 * // [{ kind: 'paragraph', text: 'Read this:' },
 * //  { kind: 'code', language: 'yaml', code: 'kind: Pod' },
 * //  { kind: 'paragraph', text: 'What is it?' }]
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  let code: { language: string; lines: string[] } | undefined;
  const endParagraph = (): void => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    const fence = FENCE.exec(line);
    if (code !== undefined) {
      if (fence === null) code.lines.push(line);
      else {
        blocks.push({ kind: 'code', language: code.language, code: code.lines.join('\n') });
        code = undefined;
      }
    } else if (fence !== null) {
      endParagraph();
      code = { language: fence[1] ?? '', lines: [] };
    } else if (line.trim() === '') endParagraph();
    else paragraph.push(line.trim());
  }
  if (code !== undefined) {
    blocks.push({ kind: 'code', language: code.language, code: code.lines.join('\n') });
  }
  endParagraph();
  return blocks;
}

/** How many fence lines a text has; an odd count means a code block was left open. */
export function fenceCount(text: string): number {
  return text.split('\n').filter((line) => FENCE.test(line)).length;
}

/** A line that would start a list item in Markdown: `1.`, `1)`, `-`, `*` or `+` and a space. */
const LIST_ITEM = /^\s*(?:\d+[.)]|[-*+])\s/;

/**
 * Markdown a prompt may not use, because textBlocks shows paragraphs and code only: bold with
 * `**`/`__`, and list items on consecutive lines (they would run together into one paragraph).
 * Fenced code is not looked at. Returns the first problem, or undefined.
 *
 * @example
 * unrenderedMarkup('Pick one:\n\n1. a\n2. b'); // 'list items need a blank line between them …: "2. b"'
 */
export function unrenderedMarkup(text: string): string | undefined {
  let fenced = false;
  let previous = '';
  for (const line of text.split('\n')) {
    if (FENCE.test(line)) fenced = !fenced;
    else if (!fenced) {
      if (/\*\*|__/.test(line)) return `bold is not rendered (write it plainly): "${line.trim()}"`;
      if (LIST_ITEM.test(line) && LIST_ITEM.test(previous)) {
        return `list items need a blank line between them, or they run into one paragraph: "${line.trim()}"`;
      }
    }
    previous = line;
  }
  return undefined;
}
