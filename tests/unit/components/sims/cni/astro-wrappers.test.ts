import { getContainerRenderer } from '@astrojs/react/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import CniRunner from '~/components/sims/CniRunner.astro';
import PluginChooser from '~/components/sims/PluginChooser.astro';

/** A container that can server-render the React islands inside the wrappers. */
async function createContainer(): Promise<AstroContainer> {
  return AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
}

describe('CniRunner.astro', () => {
  it('renders the preset with its note and the engine’s first pod, hydrating when visible', async () => {
    const container = await createContainer();
    const html = await container.renderToString(CniRunner, {
      props: { preset: 'tiny-range', note: 'Start pods until the range runs out.' },
    });
    expect(html).toContain('id="cni-runner-tiny-range"');
    expect(html).toContain('CNI runner: a range of three addresses');
    expect(html).toContain('Start pods until the range runs out.');
    expect(html).toContain('client="visible"');
    expect(html).toContain('10.22.0.2/29');
  });

  it('fails the build on an unknown preset, naming the ones that exist', async () => {
    const container = await createContainer();
    await expect(
      container.renderToString(CniRunner, { props: { preset: 'nope' } }),
    ).rejects.toThrow(/Invalid props for <CniRunner>[\s\S]*preset[\s\S]*bridge-host-local/);
  });
});

describe('PluginChooser.astro', () => {
  it('renders the ranking for the needs given', async () => {
    const container = await createContainer();
    const html = await container.renderToString(PluginChooser, {
      props: { needs: 'cloud,windows' },
    });
    expect(html).toContain('id="plugin-chooser"');
    expect(html).toContain('Best match: Amazon VPC CNI');
  });

  it('fails the build on an unknown need', async () => {
    const container = await createContainer();
    await expect(
      container.renderToString(PluginChooser, { props: { needs: 'policy,speed' } }),
    ).rejects.toThrow('Unknown need "speed"');
  });
});
