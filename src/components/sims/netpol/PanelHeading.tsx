import { createContext, useContext, type ReactNode } from 'react';

/**
 * The heading level of the simulator's panels: 4 in a lesson (under the embed's h3 title), 2 on
 * the playground and challenge pages (under the page's h1), so headings never skip a level.
 */
export const PanelHeadingLevel = createContext<2 | 3 | 4>(4);

/** A panel's title at the level its page needs. */
export function PanelHeading({
  id,
  className,
  children,
}: {
  id: string;
  className: string;
  children: ReactNode;
}) {
  const Tag = `h${String(useContext(PanelHeadingLevel))}` as 'h2' | 'h3' | 'h4';
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
