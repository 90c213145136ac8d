import { getContainerRenderer } from '@astrojs/react/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import EksSizing from '~/components/sims/EksSizing.astro';

// The wrapper as a lesson uses it: props checked at build time, the "Try this" note, and the
// island server-rendered with the first view the engine computed at build time.

/** A container that can server-render the React island inside the wrapper. */
async function createContainer(): Promise<AstroContainer> {
  return AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
}

describe('EksSizing.astro', () => {
  it('renders the type’s figures, the node at boot and the note, hydrating when visible', async () => {
    const container = await createContainer();
    const html = await container.renderToString(EksSizing, {
      props: {
        id: 'eks-sizing-try',
        instanceType: 'm5.xlarge',
        prefixDelegation: true,
        note: 'Press +10 pods three times and watch the prefixes fill.',
      },
    });
    expect(html).toContain('id="eks-sizing-try"');
    expect(html).toContain('Press +10 pods three times');
    expect(html).toContain('client="visible"');
    expect(html).toContain('4 × (15 − 1) + 2 = 58');
    expect(html).toContain('4 × (15 − 1) × 16 + 2 = 898');
    expect(html).toContain('assign a /28 prefix to eni-1');
  });

  it('uses m5.large and secondary IPs by default', async () => {
    const container = await createContainer();
    const html = await container.renderToString(EksSizing, { props: {} });
    expect(html).toContain('id="eks-sizing"');
    expect(html).toContain('assign 9 secondary IPs to eni-1');
  });

  it('fails the build on an unknown type with "did you mean", and on bad props', async () => {
    const container = await createContainer();
    await expect(
      container.renderToString(EksSizing, { props: { instanceType: 'm5.larg' } }),
    ).rejects.toThrow('Did you mean "m5.large"?');
    await expect(
      container.renderToString(EksSizing, { props: { prefixDelegation: 'yes' } }),
    ).rejects.toThrow('Invalid props for <EksSizing>');
  });
});
