import { getContainerRenderer } from '@astrojs/react/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import PacketWalker from '~/components/sims/PacketWalker.astro';

// The wrapper as a lesson uses it: props checked at build time (unknown values fail with the valid
// ones named), the "Try this" note, and the island server-rendered with the engine's first walk.

/** A container that can server-render the React island inside the wrapper. */
async function createContainer(): Promise<AstroContainer> {
  return AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
}

describe('PacketWalker.astro', () => {
  it('renders the first walk with its note, hydrating when visible', async () => {
    const container = await createContainer();
    const html = await container.renderToString(PacketWalker, {
      props: { id: 'walk-one', note: 'Step until flannel.1 wraps the frame.' },
    });
    expect(html).toContain('id="walk-one"');
    expect(html).toContain('Step until flannel.1 wraps the frame.');
    expect(html).toContain('client="visible"');
    expect(html).toContain('<svg class="pkt-diagram"');
    expect(html).toContain('Step 1 of ');
  });

  it('renders the comparison when asked', async () => {
    const container = await createContainer();
    const html = await container.renderToString(PacketWalker, {
      props: { path: 'to-service', compare: true },
    });
    expect(html).toContain('VXLAN, BGP and eBPF side by side');
  });

  it('opens with the MTUs given, and fails the build on one out of range', async () => {
    const container = await createContainer();
    const html = await container.renderToString(PacketWalker, {
      props: { underlayMtu: 1500, podMtu: 1500 },
    });
    expect(html).toContain('value="1500"');
    expect(html).toContain('Too big: 1500 &gt; 1500 − 50 (encapsulation).');
    await expect(
      container.renderToString(PacketWalker, { props: { underlayMtu: 100 } }),
    ).rejects.toThrow('PacketWalker: the start settings fail: The node network MTU must be');
  });

  it('fails the build on an unknown path or style, naming the valid ones', async () => {
    const container = await createContainer();
    await expect(
      container.renderToString(PacketWalker, { props: { path: 'cross-nodes' } }),
    ).rejects.toThrow(
      'path: unknown path; use one of same-node, cross-node, to-service, to-internet, nodeport',
    );
    await expect(
      container.renderToString(PacketWalker, { props: { style: 'flannel' } }),
    ).rejects.toThrow('style: unknown style; use one of vxlan, bgp, ebpf, vpc-cni');
    await expect(
      container.renderToString(PacketWalker, { props: { colour: 'red' } }),
    ).rejects.toThrow('Invalid props for <PacketWalker>');
  });
});
