import type { AllocationStep, EniView, SlotView } from '~/sim/vpc-cni/allocation-types';

/** The mark and class of one address slot: used, warm (assigned but free) or partly used. */
function slotLook(slot: SlotView): { mark: string; className: string; text: string } {
  if (slot.kind === 'ip') {
    return slot.used > 0
      ? { mark: '●', className: 'eks-cell-used', text: '' }
      : { mark: '○', className: 'eks-cell-warm', text: '' };
  }
  const className = slot.used === 0 ? 'eks-cell-warm' : 'eks-cell-used';
  const text = slot.size > 16 ? `/80: ${String(slot.used)} pods` : `${String(slot.used)}/16`;
  return { mark: slot.used === 0 ? '○' : '●', className, text };
}

/** How a screen reader hears one ENI row. */
function rowLabel(eni: EniView): string {
  if (eni.role === 'trunk') return 'trunk ENI: carries branch ENIs for security-group pods';
  if (!eni.carriesPods) return `${eni.id} (primary): carries no pods with custom networking`;
  const used = eni.slots.reduce((sum, slot) => sum + slot.used, 0);
  const kind = eni.slots[0]?.kind === 'prefix' ? 'prefixes' : 'secondary IPs';
  return `${eni.id}${eni.role === 'primary' ? ' (primary)' : ''}: ${String(eni.slots.length)} of ${String(eni.capacity)} ${kind} assigned, ${String(used)} addresses used by pods`;
}

/** One ENI: its name, then a cell per slot and a dot per slot not assigned yet. */
function EniRow({ eni }: { eni: EniView }) {
  const empty = Math.max(0, eni.capacity - eni.slots.length);
  return (
    <li className="eks-eni" aria-label={rowLabel(eni)}>
      <span className="eks-eni-name" aria-hidden="true">
        {eni.id}
        {eni.role === 'primary' ? ' (primary)' : ''}
      </span>
      <span className="eks-cells" aria-hidden="true">
        {eni.slots.map((slot, i) => {
          const look = slotLook(slot);
          return (
            <span key={i} className={`eks-cell ${look.className}`}>
              {look.mark}
              {look.text !== '' && <span className="eks-cell-text">{look.text}</span>}
            </span>
          );
        })}
        {Array.from({ length: empty }, (_, i) => (
          <span key={`e${String(i)}`} className="eks-cell eks-cell-empty">
            ·
          </span>
        ))}
        {!eni.carriesPods && <span className="sim-hint">{rowLabel(eni)}</span>}
      </span>
    </li>
  );
}

/** The legend: shapes as well as colours. */
function Legend() {
  return (
    <p className="eks-legend">
      <span className="eks-cell eks-cell-used">●</span> used by a pod{' '}
      <span className="eks-cell eks-cell-warm">○</span> warm (assigned, free){' '}
      <span className="eks-cell eks-cell-empty">·</span> slot not assigned yet
    </p>
  );
}

/** The pending pods in words, or '' when none wait. */
function pendingText(step: AllocationStep): string {
  const { maxPods, noAddress, noBranchEni } = step.pending;
  const parts = [
    maxPods > 0 ? `${String(maxPods)} Pending (too many pods for max-pods)` : '',
    noAddress > 0 ? `${String(noAddress)} ContainerCreating (no IP address)` : '',
    noBranchEni > 0 ? `${String(noBranchEni)} Pending (no branch ENI)` : '',
  ].filter((part) => part !== '');
  return parts.length === 0 ? 'none waiting' : parts.join(', ');
}

/** The node after the last event: ENIs and their slots, pods, what ipamd did, what failed. */
export function EniGrid({ step }: { step: AllocationStep }) {
  const { total, used, free } = step.addresses;
  const ipv6 = total > 1_000_000;
  return (
    <div className="eks-node">
      <p className="eks-status" role="status">
        {step.running} pods running; {pendingText(step)}.{' '}
        {ipv6
          ? `${String(used)} IPv6 addresses used.`
          : `${String(total)} addresses assigned: ${String(used)} used, ${String(free)} warm.`}
        {step.subnetFreeIps === null ? '' : ` Subnet: ${String(step.subnetFreeIps)} free.`}
      </p>
      <Legend />
      <ol className="eks-enis">
        {step.enis.map((eni) => (
          <EniRow key={eni.id} eni={eni} />
        ))}
      </ol>
      {step.problems.length > 0 && (
        <ul className="sim-warning eks-problems" role="alert">
          {step.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="eks-actions">
        <p className="eks-actions-title">ipamd and EC2, last step ({step.label}):</p>
        {step.actions.length === 0 ? (
          <p className="sim-hint">nothing to do: the warm pool already meets its target.</p>
        ) : (
          <ol>
            {step.actions.map((action, i) => (
              <li key={i}>{action}</li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
