import { getContainerRenderer } from '@astrojs/react/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import SubnetCalculator from '~/components/sims/SubnetCalculator.astro';
import SubnetDrill from '~/components/sims/SubnetDrill.astro';
import { embedSeed } from '~/components/sims/subnet/drill-seed';
import { generateDrill } from '~/sim/subnet';

// The wrappers as a lesson uses them: props checked at build time (the calculator's input by the
// engine), the "Try this" note above the island, and the island server-rendered before it hydrates.

/** A container that can server-render the React islands inside the wrappers. */
async function createContainer(): Promise<AstroContainer> {
  const renderers = await loadRenderers([getContainerRenderer()]);
  return AstroContainer.create({ renderers });
}

describe('SubnetCalculator.astro', () => {
  it('renders the default input, worked out, with the note', async () => {
    const container = await createContainer();
    const html = await container.renderToString(SubnetCalculator, {
      props: { note: 'Change /26 to /27 and watch the block size.' },
    });
    expect(html).toContain('id="subnet-calculator"');
    expect(html).toContain('Change /26 to /27 and watch the block size.');
    expect(html).toContain('192.168.10.64/26');
    expect(html).toContain('client="visible"');
  });

  it('fails the build on an input the engine refuses, naming the component and the field', async () => {
    const container = await createContainer();
    await expect(
      container.renderToString(SubnetCalculator, { props: { initial: '10.0.0.1/33' } }),
    ).rejects.toThrow(/Invalid props for <SubnetCalculator>:\n {2}- initial: .*prefix length/);
  });
});

describe('SubnetDrill.astro', () => {
  it('renders a one-skill drill titled after its skill, without a skill list', async () => {
    const container = await createContainer();
    const html = await container.renderToString(SubnetDrill, { props: { skills: ['vlsm'] } });
    expect(html).toContain('Drill: VLSM');
    expect(html).not.toContain('All of them, mixed');
    expect(html).toContain('Check</button>');
  });

  it("renders the first question at build time, from the embed's id and skill", async () => {
    const container = await createContainer();
    const props = { id: 'vlsm-drill', skills: ['vlsm', 'summarize'] };
    const html = await container.renderToString(SubnetDrill, { props });
    const seed = embedSeed('vlsm-drill', 'vlsm');
    const first = generateDrill('vlsm', seed);
    expect(html).toContain(`#<!-- -->${String(seed)}`);
    expect(html).toContain(first.prompt);
    // The same embed renders the same question on every build.
    expect(await container.renderToString(SubnetDrill, { props })).toBe(html);
  });

  it('fails the build on an unknown skill', async () => {
    const container = await createContainer();
    await expect(
      container.renderToString(SubnetDrill, { props: { skills: ['ipv7'] } }),
    ).rejects.toThrow('Invalid props for <SubnetDrill>');
  });
});
