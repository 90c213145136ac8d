import type { ServiceSim } from './use-service-sim';

/** The pods behind the Service, with toggles for their readiness and for deleting them. */
export function PodTable({ sim }: { sim: ServiceSim }) {
  const counts = new Map(sim.view.endpoints.map((e) => [e.pod, e]));
  return (
    // Scrolls sideways on a narrow phone, so the keyboard must be able to reach it.
    <div
      className="svc-pods-wrap"
      tabIndex={0}
      role="region"
      aria-label="Pods and their EndpointSlice conditions"
    >
      <table className="svc-pods">
        <caption>Pods with app=web and their EndpointSlice conditions</caption>
        <thead>
          <tr>
            <th scope="col">Pod</th>
            <th scope="col">Node</th>
            <th scope="col">Readiness probe passes</th>
            <th scope="col">Being deleted</th>
            <th scope="col">Conditions</th>
          </tr>
        </thead>
        <tbody>
          {sim.state.pods.map((pod, i) => {
            const e = counts.get(pod.name);
            return (
              <tr key={pod.name}>
                <th scope="row">{pod.name}</th>
                <td>{pod.node}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${pod.name} ready`}
                    checked={pod.ready}
                    onChange={(ev) => sim.setPod(i, { ready: ev.target.checked })}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${pod.name} terminating`}
                    checked={pod.terminating}
                    onChange={(ev) => sim.setPod(i, { terminating: ev.target.checked })}
                  />
                </td>
                <td className="svc-mono">
                  {e
                    ? `ready=${String(e.ready)}\nserving=${String(e.serving)}\nterminating=${String(e.terminating)}`
                    : 'no EndpointSlice'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
