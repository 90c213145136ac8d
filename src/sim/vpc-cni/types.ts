/** What the max-pods formula needs to know about one EC2 instance type. */
export interface EniLimits {
  /** ENIs the default network card can attach (the only card the VPC CNI gives pods from). */
  enis: number;
  /** IPv4 addresses one ENI can hold, its primary address included. */
  ipv4PerEni: number;
  /** Prefix delegation needs 'nitro'; most bare-metal types report none ('unknown'). */
  hypervisor?: 'nitro' | 'xen' | 'unknown';
  /** A bare-metal type (informative: the calculation does not use it). */
  baremetal?: boolean;
  /** Default vCPUs; picks the cap (110, or 250 above 30 vCPUs). Unknown: no cap. */
  vcpus?: number;
}

/** How the VPC CNI on the node is configured, as the EKS max-pods calculator takes it. */
export interface MaxPodsOptions {
  /** /28 prefixes instead of single secondary IPs; only with VPC CNI >= 1.9 and a nitro hypervisor. */
  prefixDelegation?: boolean;
  /** The VPC CNI version, e.g. "1.18.0" (a leading "v" and an "-eksbuild.N" suffix are accepted). */
  cniVersion?: string;
  /** The primary ENI carries no pods: one ENI fewer. */
  customNetworking?: boolean;
  /** At most this many ENIs are used. */
  maxEnis?: number;
  /** Skip the 110 / 250 (vCPUs > 30) cap that the EKS tooling applies. */
  uncapped?: boolean;
}
