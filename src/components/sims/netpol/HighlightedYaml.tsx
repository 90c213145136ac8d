import { Fragment, useMemo } from 'react';
import { highlightYaml } from './yaml-highlight';

/** Past this size the text is shown plain: highlighting a huge paste would only slow the page. */
export const HIGHLIGHT_LIMIT = 64 * 1024;

/** YAML with syntax colours, as lines of spans (rendered as text, never as HTML). */
export default function HighlightedYaml({ text }: { text: string }) {
  const lines = useMemo(() => (text.length > HIGHLIGHT_LIMIT ? null : highlightYaml(text)), [text]);
  if (lines === null) return <>{text}</>;
  return (
    <>
      {lines.map((tokens, i) => (
        <Fragment key={i}>
          {tokens.map((token, j) =>
            token.kind === 'text' ? (
              token.text
            ) : (
              <span key={j} className={`nps-tok-${token.kind}`}>
                {token.text}
              </span>
            ),
          )}
          {i < lines.length - 1 ? '\n' : null}
        </Fragment>
      ))}
    </>
  );
}
