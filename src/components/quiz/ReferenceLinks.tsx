/** A question's documentation pages as one "Read more:" line, or nothing when it lists none. */
export function ReferenceLinks({
  references,
  className,
}: {
  references: readonly { title: string; url: string }[];
  className: string;
}) {
  if (references.length === 0) return null;
  return (
    <p className={className}>
      Read more:{' '}
      {references.map((ref, i) => (
        <span key={ref.url}>
          {i > 0 && ' · '}
          <a href={ref.url} rel="noopener noreferrer" target="_blank">
            {ref.title}
          </a>
        </span>
      ))}
    </p>
  );
}
