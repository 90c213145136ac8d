import type { ConversionView } from './view';

/** An Ingress beside its HTTPRoutes, the listeners its TLS needs, and what does not translate. */
export function ConverterPanel({ id, conversion }: { id: string; conversion: ConversionView }) {
  return (
    <div className="routing-convert">
      {conversion.problems.length > 0 && (
        <p className="sim-warning">
          Fix the Ingress manifests first: {conversion.problems[0]?.message}
        </p>
      )}
      <div className="routing-side">
        <section aria-labelledby={`${id}-ingress-yaml`}>
          <h4 id={`${id}-ingress-yaml`}>Ingress</h4>
          <pre className="routing-yaml" tabIndex={0}>
            <code>{conversion.ingressYaml}</code>
          </pre>
        </section>
        <section aria-labelledby={`${id}-route-yaml`}>
          <h4 id={`${id}-route-yaml`}>HTTPRoute</h4>
          <pre className="routing-yaml" tabIndex={0}>
            <code>{conversion.routesYaml}</code>
          </pre>
          {conversion.listenersYaml && (
            <>
              <h4>Gateway listeners to add (TLS moves here)</h4>
              <pre className="routing-yaml" tabIndex={0}>
                <code>{conversion.listenersYaml}</code>
              </pre>
            </>
          )}
        </section>
      </div>
      <section aria-labelledby={`${id}-notes`}>
        <h4 id={`${id}-notes`}>What does not translate as it is</h4>
        {conversion.notes.length === 0 ? (
          <p>Everything carries over.</p>
        ) : (
          <ul className="routing-notes">
            {conversion.notes.map((note) => (
              <li key={`${note.field}-${note.message}`}>
                <code>{note.field}</code>: {note.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
