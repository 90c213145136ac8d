import { describe, expect, it } from 'vitest';
import { parseFlowSelector } from '~/schemas/flow-selector';

describe('parseFlowSelector', () => {
  it('reads the four forms', () => {
    expect(parseFlowSelector('*')).toEqual({ kind: 'any' });
    expect(parseFlowSelector('shop/*')).toEqual({ kind: 'namespace', namespace: 'shop' });
    expect(parseFlowSelector('shop/web-1')).toEqual({
      kind: 'pod',
      namespace: 'shop',
      pod: 'web-1',
    });
    expect(parseFlowSelector('ip:203.0.113.7')).toEqual({ kind: 'ip', ip: '203.0.113.7' });
  });

  it('explains what is wrong with a malformed selector', () => {
    expect(parseFlowSelector('shop')).toMatch(/is not a selector/);
    expect(parseFlowSelector('Shop/web')).toMatch(/is not a selector/);
    expect(parseFlowSelector('shop/web/extra')).toMatch(/is not a selector/);
    expect(parseFlowSelector('shop/Web_1')).toBe("'shop/Web_1': 'Web_1' is not a valid pod name");
    expect(parseFlowSelector('ip:203.0.113.300')).toMatch(/^ip:203\.0\.113\.300: .*at most 255/);
    expect(parseFlowSelector('ip: 10.0.0.1')).toMatch(/spaces/);
  });
});
