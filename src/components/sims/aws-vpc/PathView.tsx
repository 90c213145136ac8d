import type { FlowResult, Hop, HopKind, Leg, Packet } from '~/sim/aws-vpc';

/** How each kind of step is named on screen. */
const KIND_LABELS: Record<HopKind, string> = {
  route: 'Route table',
  'security-group': 'Security group',
  'network-acl': 'Network ACL',
  nat: 'NAT gateway',
  'internet-gateway': 'Internet gateway',
  'gateway-endpoint': 'Gateway endpoint',
  peering: 'Peering',
  'transit-gateway': 'Transit gateway',
  deliver: 'Arrives',
};

/** A packet's addresses as "10.0.1.10:49152 → 198.51.100.9:443". */
function packetText(packet: Packet): string {
  return `${packet.src}:${String(packet.srcPort)} → ${packet.dst}:${String(packet.dstPort)}`;
}

/** The request's way and the reply's way, step by step. */
export function PathView({ result }: { result: FlowResult }) {
  return (
    <div className="vpc-legs">
      <LegView title="Request" leg={result.request} />
      {result.reply ? (
        <LegView title="Reply" leg={result.reply} />
      ) : (
        <section className="vpc-leg">
          <h4 className="vpc-leg-title">Reply</h4>
          <p className="sim-hint">No reply: the request never arrived.</p>
        </section>
      )}
    </div>
  );
}

/** One leg as an ordered list of steps. */
function LegView({ title, leg }: { title: string; leg: Leg }) {
  return (
    <section className="vpc-leg">
      <h4 className="vpc-leg-title">
        {title}{' '}
        <span className={leg.allowed ? 'vpc-ok' : 'vpc-bad'}>
          {leg.allowed ? 'arrives' : 'dropped'}
        </span>
      </h4>
      <ol className="vpc-hops">
        {leg.hops.map((hop, index) => (
          <HopItem key={index} hop={hop} />
        ))}
      </ol>
    </section>
  );
}

/** One step: allowed or denied (in words, not only colour), what decided, and why. */
function HopItem({ hop }: { hop: Hop }) {
  return (
    <li className={`vpc-hop ${hop.allowed ? 'vpc-hop-ok' : 'vpc-hop-bad'}`}>
      <p className="vpc-hop-head">
        <span className="vpc-hop-verdict">
          <span aria-hidden="true">{hop.allowed ? '✓' : '✗'}</span>{' '}
          {hop.allowed ? 'allowed' : 'denied'}
        </span>
        <span className="vpc-hop-kind">
          {KIND_LABELS[hop.kind]}
          {hop.direction ? ` (${hop.direction})` : ''}
        </span>
        <code className="vpc-hop-resource">{hop.resource}</code>
      </p>
      <p className="vpc-hop-reason">{hop.reason}</p>
      {hop.translation && (
        <p className="vpc-hop-nat">
          <span className="sr-only">Address translation: </span>
          <code>{packetText(hop.translation.before)}</code> <span aria-hidden="true">⇒</span>
          <span className="sr-only">becomes</span> <code>{packetText(hop.translation.after)}</code>
        </p>
      )}
    </li>
  );
}
