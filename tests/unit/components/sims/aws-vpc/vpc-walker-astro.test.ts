import { getContainerRenderer } from '@astrojs/react/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import VpcWalker from '~/components/sims/VpcWalker.astro';
import { awsVpcPresetIds, loadAwsVpcPreset } from '~/lib/aws-vpc-scenario';

// The wrapper as a lesson uses it: props and preset checked at build time, the "Try this" note,
// and the island server-rendered (with its first verdict) before it hydrates on screen.

/** A container that can server-render the React island inside the wrapper. */
async function createContainer(): Promise<AstroContainer> {
  return AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
}

describe('VpcWalker.astro', () => {
  it('renders the preset with its title, description, note and first verdict, hydrating when visible', async () => {
    const container = await createContainer();
    const html = await container.renderToString(VpcWalker, {
      props: {
        preset: 'three-tier',
        note: 'Switch off sg-app’s only rule and walk web-a → app-a again.',
      },
    });
    expect(html).toContain('id="vpc-walker-three-tier"');
    expect(html).toContain('Three-tier web application');
    expect(html).toContain('Switch off sg-app’s only rule');
    expect(html).toContain('client="visible"');
    expect(html).toContain('Allowed: the request arrives and the reply comes back.');
    expect(html).not.toContain('>Scenario</label>');
  });

  it('with picker, offers every preset', async () => {
    const container = await createContainer();
    const html = await container.renderToString(VpcWalker, {
      props: { preset: 'bastion', picker: true },
    });
    expect(html).toContain('>Scenario</label>');
    for (const id of awsVpcPresetIds()) expect(html).toContain(`value="${id}"`);
  });

  it('fails the build on an unknown preset, naming the ones that exist, and on bad props', async () => {
    const container = await createContainer();
    await expect(
      container.renderToString(VpcWalker, { props: { preset: 'three-tiers' } }),
    ).rejects.toThrow(
      'there is no content/scenarios/aws-vpc/three-tiers.yaml (presets: bastion, nacl-ephemeral, nat-updates, peering-not-transitive, s3-gateway-endpoint, three-tier, transit-gateway-hub)',
    );
    await expect(
      container.renderToString(VpcWalker, { props: { preset: 'bastion', note: 'short' } }),
    ).rejects.toThrow('Invalid props for <VpcWalker>');
  });

  it('the loader reads every preset through the schema', () => {
    expect(awsVpcPresetIds()).toHaveLength(7);
    expect(loadAwsVpcPreset('nacl-ephemeral').startOff).toEqual([
      'acl:acl-web:in:120',
      'acl:acl-web:out:120',
    ]);
  });
});
