// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SubnetCalculator } from '~/components/sims/subnet/SubnetCalculator';
import { calculate } from '~/components/sims/subnet/calculator-model';
import { loadCalculatorEngine } from '~/components/sims/subnet/engines';
import type * as EnginesModule from '~/components/sims/subnet/engines';
import { clickButton, fieldLabelled, focusOn, settle, typeInto } from './dom';

// The engine loader, watched: the island must render the build's result without calling it.
vi.mock('~/components/sims/subnet/engines', async (importOriginal) => {
  const real = await importOriginal<typeof EnginesModule>();
  return { ...real, loadCalculatorEngine: vi.fn(real.loadCalculatorEngine) };
});

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  vi.mocked(loadCalculatorEngine).mockClear();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  const initial = '192.168.10.77/26';
  act(() => root.render(<SubnetCalculator initial={initial} view={calculate(initial)} />));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

// The value in the results table's row labelled `label`.
function row(label: string): string | undefined {
  const header = [...container.querySelectorAll('.subnet-results th')].find(
    (th) => th.textContent === label,
  );
  return header?.nextElementSibling?.textContent ?? undefined;
}

const input = () => fieldLabelled(container, 'Address with prefix or mask');

describe('SubnetCalculator', () => {
  it('renders the build-time result without the engine, and requests it on focus', async () => {
    expect(row('Network')).toBe('192.168.10.64/26');
    expect(input().value).toBe('192.168.10.77/26');
    expect(loadCalculatorEngine).not.toHaveBeenCalled();
    focusOn(input());
    expect(loadCalculatorEngine).toHaveBeenCalledTimes(1);
    await settle(loadCalculatorEngine());
    expect(row('Network')).toBe('192.168.10.64/26');
  });

  it('says clearly when the engine cannot load, and keeps the result shown', async () => {
    vi.mocked(loadCalculatorEngine).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    typeInto(input(), '10.1.2.3/8');
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /^The calculator could not load/,
    );
    expect(row('Network')).toBe('192.168.10.64/26');
  });

  it('shows the subnet, the binary boundary and the magic-number steps of the initial input', () => {
    expect(row('Network')).toBe('192.168.10.64/26');
    expect(row('Broadcast')).toBe('192.168.10.127');
    expect(row('First host')).toBe('192.168.10.65');
    expect(row('Last host')).toBe('192.168.10.126');
    expect(row('Usable hosts')).toBe('62');
    expect(row('Wildcard mask')).toBe('0.0.0.63');
    expect(row('Class (classful, historical)')).toBe('C');
    expect(row('Special range')).toBe('Private: 192.168.0.0/16 (RFC 1918)');
    const mask = container.querySelectorAll('.subnet-binary-bits')[1];
    expect(mask?.querySelector('.subnet-bits-net')?.textContent).toBe(
      '11111111.11111111.11111111.11',
    );
    expect(mask?.querySelector('.subnet-bits-host')?.textContent).toBe('000000');
    expect(container.textContent).toContain('Magic number (block size) = 256 − 192 = 64');
  });

  it('updates as the learner types a valid address with a dotted mask', async () => {
    typeInto(input(), '10.1.2.3 255.255.248.0');
    await settle(loadCalculatorEngine());
    expect(row('Network')).toBe('10.1.0.0/21');
    expect(row('Usable hosts')).toBe('2,046');
  });

  it('shows a mistake next to the field on Calculate, and keeps the previous result', async () => {
    typeInto(input(), '192.168.10.300/26');
    await settle(loadCalculatorEngine());
    expect(input().getAttribute('aria-invalid')).toBe('false');
    clickButton(container, 'Calculate');
    await settle();
    const field = input();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(error?.className).toBe('sim-error');
    expect(error?.textContent).toMatch(/300/);
    expect(field.parentElement?.parentElement?.contains(error)).toBe(true);
    expect(row('Network')).toBe('192.168.10.64/26');
    expect(container.textContent).toContain('Still showing 192.168.10.77/26.');
  });
});
