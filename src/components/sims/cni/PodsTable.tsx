import type { PodRow, RangeUsage, RunnerAction } from './runner-model';

/** The pods with an address, each with Check and Delete, and the range counter above them. */
export function PodsTable({
  pods,
  usage,
  onRun,
}: {
  pods: PodRow[];
  usage: RangeUsage | null;
  onRun: (action: RunnerAction) => void;
}) {
  const withPorts = pods.some((pod) => pod.hostPort !== null);
  return (
    <section className="cni-pods">
      <h4 className="cni-heading">Pods on this node</h4>
      {usage && (
        <p className="cni-usage">
          Range {usage.range}: <strong>{usage.allocated}</strong> allocated,{' '}
          <strong>{usage.free}</strong> free of {usage.total} usable addresses.
        </p>
      )}
      {usage !== null && usage.leaked > 0 && (
        <p className="sim-warning">
          {usage.leaked} reserved {usage.leaked === 1 ? 'address has' : 'addresses have'} no pod: an
          ADD failed after host-local reserved it, and the cleanup DEL failed too. Fix the list,
          then run GC to release {usage.leaked === 1 ? 'it' : 'them'}.
        </p>
      )}
      {pods.length === 0 ? (
        <p className="sim-hint">No pod has an address yet. Start one.</p>
      ) : (
        <div className="cni-table-wrap">
          <table className="cni-table">
            <thead>
              <tr>
                <th scope="col">Container</th>
                <th scope="col">Interface</th>
                <th scope="col">IP address</th>
                <th scope="col">Gateway</th>
                <th scope="col">Host veth</th>
                {withPorts && <th scope="col">Host port</th>}
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {pods.map((pod) => (
                <tr key={pod.containerId}>
                  <th scope="row">{pod.containerId}</th>
                  <td>{pod.ifname}</td>
                  <td>
                    <code>{pod.address}</code>
                  </td>
                  <td>
                    <code>{pod.gateway}</code>
                  </td>
                  <td>
                    <code>{pod.hostVeth}</code>
                  </td>
                  {withPorts && (
                    <td>{pod.hostPort === null ? '—' : `${String(pod.hostPort)} → 80`}</td>
                  )}
                  <td className="cni-row-actions">
                    <button
                      type="button"
                      className="sim-btn sim-btn-secondary sim-btn-small"
                      aria-label={`Check ${pod.containerId}`}
                      onClick={() => onRun({ kind: 'CHECK', containerId: pod.containerId })}
                    >
                      Check
                    </button>
                    <button
                      type="button"
                      className="sim-btn sim-btn-secondary sim-btn-small"
                      aria-label={`Delete ${pod.containerId}`}
                      onClick={() => onRun({ kind: 'DEL', containerId: pod.containerId })}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
