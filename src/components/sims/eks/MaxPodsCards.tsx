import type { FormulaView } from './eks-formula';

/** One mode's card: the figure, the formula in numbers, and the cap. */
function Card({ title, view, note }: { title: string; view: FormulaView; note: string | null }) {
  return (
    <div className="eks-card">
      <p className="eks-card-title">{title}</p>
      <p className="eks-card-figure">
        <span className="eks-card-number">{view.maxPods}</span> pods
      </p>
      <p className="eks-formula">
        <code>{view.formula}</code>
      </p>
      <p className="sim-hint">{view.capText}</p>
      {note !== null && <p className="sim-warning">{note}</p>}
    </div>
  );
}

/** Max pods both ways, side by side (stacked on a narrow screen). */
export function MaxPodsCards({
  secondary,
  prefix,
  customNetworking,
  hypervisor,
}: {
  secondary: FormulaView;
  prefix: FormulaView;
  customNetworking: boolean;
  hypervisor: string | undefined;
}) {
  const custom = customNetworking ? ' Custom networking: the primary ENI carries no pods.' : '';
  return (
    <div className="eks-cards" aria-live="polite">
      <Card title="Secondary IPs" view={secondary} note={custom === '' ? null : custom.trim()} />
      <Card
        title="Prefix delegation (/28)"
        view={prefix}
        note={
          prefix.applies
            ? 'Needs a Nitro-based type and VPC CNI 1.9.0 or later.'
            : `${hypervisor === 'xen' ? 'A Xen-based type' : 'EC2 reports no hypervisor for this type (bare metal)'}: prefixes are used only on Nitro types, so this is the secondary-IP figure.`
        }
      />
      <p className="sim-hint eks-cards-key">
        ENIs × (IPv4 per ENI − 1) + 2: each ENI’s own address is not a pod’s; +2 counts aws-node and
        kube-proxy, which use the node’s address. Prefixes hold 16 addresses per slot.
      </p>
    </div>
  );
}
