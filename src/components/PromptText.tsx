import type { ReactNode } from 'react';
import { InlineText } from '~/components/InlineText';
import { textBlocks } from '~/schemas/text-blocks';

/**
 * Renders a question prompt: paragraphs with inline code, and fenced code blocks as preformatted
 * code. Only phrasing elements are used, because the prompt sits inside a <legend>.
 */
export function PromptText({ text }: { text: string }): ReactNode {
  return (
    <>
      {textBlocks(text).map((block, i) =>
        block.kind === 'code' ? (
          <code key={i} className="prompt-code" data-language={block.language || undefined}>
            {block.code}
          </code>
        ) : (
          <span key={i} className="prompt-paragraph">
            <InlineText text={block.text} />
          </span>
        ),
      )}
    </>
  );
}
