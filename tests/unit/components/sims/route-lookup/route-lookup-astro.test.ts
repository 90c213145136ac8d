import { getContainerRenderer } from '@astrojs/react/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import RouteLookup from '~/components/sims/RouteLookup.astro';

// The wrapper as the lesson uses it: props checked at build time, the note, and the island
// server-rendered with the preset's first result before it hydrates.

/** A container that can server-render the React island inside the wrapper. */
async function createContainer(): Promise<AstroContainer> {
  return AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
}

describe('RouteLookup.astro', () => {
  it('renders the lesson embed with its note and first result, hydrating when visible', async () => {
    const container = await createContainer();
    const html = await container.renderToString(RouteLookup, {
      props: {
        preset: 'lpm-basics',
        note: 'Look up 10.20.30.70, then 10.20.30.200.',
        id: 'route-lookup',
      },
    });
    expect(html).toContain('id="route-lookup"');
    expect(html).toContain('Look up 10.20.30.70, then 10.20.30.200.');
    expect(html).toContain('client="visible"');
    expect(html).toContain('Forward to the next hop 10.0.12.2 out GigabitEthernet0/1.');
  });

  it('opens on lpm-basics without a preset, and fails the build on an unknown one', async () => {
    const container = await createContainer();
    const html = await container.renderToString(RouteLookup, { props: {} });
    expect(html).toContain('10.20.30.70');
    await expect(
      container.renderToString(RouteLookup, { props: { preset: 'nope' } }),
    ).rejects.toThrow(
      "Unknown preset 'nope'; known: lpm-basics, default-route, recursive-static, floating-static, ospf-vs-static",
    );
  });
});
