import type { SubnetFacts } from '~/sim/aws-vpc';

/** The subnets at a glance: public or private, and which route table and network ACL apply. */
export function SubnetList({ subnets }: { subnets: SubnetFacts[] }) {
  return (
    <details className="vpc-subnets sim-box">
      <summary className="vpc-legend">Subnets ({subnets.length})</summary>
      <ul className="vpc-subnet-list">
        {subnets.map((s) => (
          <li key={s.subnetId}>
            <code>{s.subnetId}</code> <code>{s.cidr}</code> in <code>{s.vpcId}</code>:{' '}
            <strong>{s.public ? 'public' : 'private'}</strong>, route table{' '}
            <code>{s.routeTableId}</code>
            {s.explicitRouteTable ? '' : ' (main)'}, network ACL <code>{s.networkAclId}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
