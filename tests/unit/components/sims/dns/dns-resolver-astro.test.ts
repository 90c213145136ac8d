import { getContainerRenderer } from '@astrojs/react/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import DnsResolver from '~/components/sims/DnsResolver.astro';

// The wrapper as a lesson uses it: props checked at build time, the "Try this" note, and the
// island server-rendered with its first trace before it hydrates on screen.

/** A container that can server-render the React island inside the wrapper. */
async function createContainer(): Promise<AstroContainer> {
  return AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
}

describe('DnsResolver.astro', () => {
  it('renders the first trace, the resolv.conf and the note, hydrating when visible', async () => {
    const container = await createContainer();
    const html = await container.renderToString(DnsResolver, {
      props: { note: 'Add a trailing dot and count the queries again.' },
    });
    expect(html).toContain('id="dns-resolver"');
    expect(html).toContain('Add a trailing dot and count the queries again.');
    expect(html).toContain('client="visible"');
    expect(html).toContain('api.example.com: 5 names tried, 10 queries sent; an answer came back.');
    expect(html).toContain(
      'search shop.svc.cluster.local svc.cluster.local cluster.local ec2.internal',
    );
  });

  it('starts from other choices, and fails the build on a bad starting name', async () => {
    const container = await createContainer();
    const html = await container.renderToString(DnsResolver, {
      props: { id: 'dns-two', pod: 'node-agent', name: 'web.shop' },
    });
    expect(html).toContain('nameserver 172.31.0.2');
    await expect(
      container.renderToString(DnsResolver, { props: { name: 'a..b' } }),
    ).rejects.toThrow('DnsResolver: name: "a..b" has two dots in a row');
  });
});
