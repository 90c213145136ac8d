import { getContainerRenderer } from '@astrojs/react/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import ClusterIpPlanner from '~/components/sims/ClusterIpPlanner.astro';
import VlsmPlanner from '~/components/sims/VlsmPlanner.astro';

// The wrappers as a lesson uses them: props checked at build time (with the engine for VLSM),
// the "Try this" note shown above the island, and the island's props serialized for hydration.

/** A container that can server-render the React islands inside the wrappers. */
async function createContainer(): Promise<AstroContainer> {
  const renderers = await loadRenderers([getContainerRenderer()]);
  return AstroContainer.create({ renderers });
}

describe('ClusterIpPlanner.astro', () => {
  it('renders the preset title, the note and the island with its preset', async () => {
    const container = await createContainer();
    const html = await container.renderToString(ClusterIpPlanner, {
      props: { preset: 'office-collision', note: 'Move the Service CIDR off the VPN.' },
    });
    expect(html).toContain('id="cluster-ip-planner-office-collision"');
    expect(html).toContain('Plan a cluster’s IP ranges (an office that collides)');
    expect(html).toContain('Move the Service CIDR off the VPN.');
    // The island is server-rendered with the engine's verdict before it hydrates.
    expect(html).toContain('The plan does not fit: 2 problems, 0 warnings.');
    expect(html).toContain('client="visible"');
  });

  it('fails the build on an unknown preset, naming the component', async () => {
    const container = await createContainer();
    await expect(
      container.renderToString(ClusterIpPlanner, { props: { preset: 'gke' } }),
    ).rejects.toThrow('Invalid props for <ClusterIpPlanner>');
  });
});

describe('VlsmPlanner.astro', () => {
  it('renders with the defaults', async () => {
    const container = await createContainer();
    const html = await container.renderToString(VlsmPlanner, { props: {} });
    expect(html).toContain('id="vlsm-planner"');
    expect(html).toContain('Carve 192.168.1.0/24 with VLSM');
    expect(html).toContain('5 subnets use 232 of 256 addresses in 192.168.1.0/24; 24 free.');
  });

  it('fails the build when the hosts cannot fit the base, with the engine message', async () => {
    const container = await createContainer();
    await expect(
      container.renderToString(VlsmPlanner, { props: { base: '10.0.0.0/28', hosts: [20] } }),
    ).rejects.toThrow(/hostsNeeded: These subnets need 32 addresses/);
  });
});
