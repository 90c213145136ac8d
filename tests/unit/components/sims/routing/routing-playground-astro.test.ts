import { getContainerRenderer } from '@astrojs/react/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import RoutingPlayground from '~/components/sims/RoutingPlayground.astro';

// The wrapper as a lesson uses it: props checked at build time, the note, and the island
// server-rendered with the preset's first verdict and test table before it hydrates.

/** A container that can server-render the React island inside the wrapper. */
async function createContainer(): Promise<AstroContainer> {
  return AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
}

describe('RoutingPlayground.astro', () => {
  it('renders a Gateway API preset with its note and first verdict, hydrating when visible', async () => {
    const container = await createContainer();
    const html = await container.renderToString(RoutingPlayground, {
      props: {
        preset: 'gateway-precedence',
        note: 'Send POST /cart/items with both beta headers.',
      },
    });
    expect(html).toContain('id="routing-playground-gateway-precedence"');
    expect(html).toContain('Send POST /cart/items with both beta headers.');
    expect(html).toContain('client="visible"');
    expect(html).toContain('200 → Service shop/checkout:8080');
  });

  it('opens on the first Ingress preset for api="ingress"', async () => {
    const container = await createContainer();
    const html = await container.renderToString(RoutingPlayground, { props: { api: 'ingress' } });
    expect(html).toContain('id="routing-playground-ingress-hosts"');
    expect(html).toContain('200 → service checkout, port 8080');
  });

  it('fails the build on an unknown preset or a preset of the other API', async () => {
    const container = await createContainer();
    await expect(
      container.renderToString(RoutingPlayground, { props: { preset: 'nope' } }),
    ).rejects.toThrow(
      'unknown preset; the presets are gateway-precedence, gateway-backends, ingress-hosts, ingress-migration',
    );
    await expect(
      container.renderToString(RoutingPlayground, {
        props: { preset: 'ingress-hosts', api: 'gateway' },
      }),
    ).rejects.toThrow('preset ingress-hosts is an Ingress preset');
  });
});
