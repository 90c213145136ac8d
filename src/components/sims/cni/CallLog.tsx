import type { PluginCall } from '~/sim/cni';
import type { LogEntry } from './runner-model';

/** Pretty-prints JSON text (stdin) or a value, two spaces. */
function pretty(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value, null, 2);
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

/** One operation's one-line outcome. */
export function outcomeText(entry: LogEntry): string {
  const { run } = entry;
  if (!run.ok) return `failed: ${run.error?.msg ?? 'unknown error'}`;
  if (run.result) return `ok: ${run.result.ips.map((ip) => ip.address).join(', ')} on eth0`;
  if (run.supportedVersions) return `ok: supports ${run.supportedVersions.join(', ')}`;
  return 'ok';
}

/** The operations, newest first, each opening onto the plugin calls it made in order. */
export function CallLog({ log }: { log: LogEntry[] }) {
  return (
    <section className="cni-log">
      <h4 className="cni-heading">Call log (newest first)</h4>
      {log.length === 0 && <p className="sim-hint">No operation yet.</p>}
      {log.map((entry, index) => (
        <details key={entry.id} className="cni-entry" open={index === 0}>
          <summary>
            <strong>{entry.title}</strong>{' '}
            <span className={entry.run.ok ? 'cni-ok' : 'cni-bad'}>{outcomeText(entry)}</span>
          </summary>
          {entry.run.kubeletMessage && (
            <p className="sim-error">
              <strong>kubelet:</strong> {entry.run.kubeletMessage}
            </p>
          )}
          {!entry.run.ok && entry.run.calls.length === 0 && (
            <pre className="cni-json">{pretty(entry.run.error)}</pre>
          )}
          <ol className="cni-calls">
            {entry.run.calls.map((call, callIndex) => (
              <CallItem key={callIndex} call={call} />
            ))}
          </ol>
          {entry.cleanup && (
            <>
              <p className="cni-label">
                Cleanup: after the failed ADD the runtime ran DEL for the same container:{' '}
                <span className={entry.cleanup.ok ? 'cni-ok' : 'cni-bad'}>
                  {entry.cleanup.ok ? 'ok' : `failed: ${entry.cleanup.error?.msg ?? ''}`}
                </span>
              </p>
              <ol className="cni-calls">
                {entry.cleanup.calls.map((call, callIndex) => (
                  <CallItem key={callIndex} call={call} />
                ))}
              </ol>
            </>
          )}
        </details>
      ))}
    </section>
  );
}

/** One executable run: environment, stdin, what it did, and its result or error. */
function CallItem({ call }: { call: PluginCall }) {
  return (
    <li className={`cni-call ${call.error ? 'cni-call-bad' : ''}`}>
      <details>
        <summary>
          <code>{call.plugin}</code> {call.command}
          {call.delegatedBy && ` (run by ${call.delegatedBy} as its IPAM plugin)`}:{' '}
          {call.error
            ? `error ${call.error.code === undefined ? '' : String(call.error.code)}`
            : 'ok'}
        </summary>
        <dl className="cni-env">
          {Object.entries(call.env).map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>
                <code>{value}</code>
              </dd>
            </div>
          ))}
        </dl>
        {call.actions.length > 0 && (
          <ul className="cni-actions">
            {call.actions.map((action, index) => (
              <li key={index}>{action}</li>
            ))}
          </ul>
        )}
        <p className="cni-label">stdin (the configuration the plugin read)</p>
        <pre className="cni-json">{pretty(call.stdin)}</pre>
        {call.result && (
          <>
            <p className="cni-label">Result</p>
            <pre className="cni-json">{pretty(call.result)}</pre>
          </>
        )}
        {call.error && (
          <>
            <p className="cni-label">Error</p>
            <pre className="cni-json">{pretty(call.error)}</pre>
          </>
        )}
      </details>
    </li>
  );
}
