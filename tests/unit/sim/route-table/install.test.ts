import { describe, expect, it } from 'vitest';
import { ADMINISTRATIVE_DISTANCES, InputError, selectInstalledRoute } from '~/sim/route-table';

describe('selectInstalledRoute', () => {
  it('knows the IOS default distances', () => {
    expect(ADMINISTRATIVE_DISTANCES).toEqual({
      connected: 0,
      static: 1,
      'eigrp-summary': 5,
      ebgp: 20,
      eigrp: 90,
      ospf: 110,
      isis: 115,
      rip: 120,
      odr: 160,
      'eigrp-external': 170,
      ibgp: 200,
    });
  });

  it('installs the lowest AD among several sources', () => {
    const result = selectInstalledRoute([
      { source: 'rip' },
      { source: 'ospf' },
      { source: 'eigrp' },
      { source: 'ibgp' },
    ]);
    expect(result.installed).toEqual([2]);
    expect(result.reason).toBe(
      'The table installs EIGRP (AD 90): the lowest administrative distance wins.',
    );
    expect(result.ranking.map((r) => [r.label, r.installed])).toEqual([
      ['RIP (AD 120)', false],
      ['OSPF (AD 110)', false],
      ['EIGRP (AD 90)', true],
      ['iBGP (AD 200)', false],
    ]);
  });

  it('keeps a floating static out of the table until the protocol route goes', () => {
    expect(
      selectInstalledRoute([{ source: 'ospf' }, { source: 'static', distance: 120 }]).installed,
    ).toEqual([0]);
    expect(selectInstalledRoute([{ source: 'static', distance: 120 }]).installed).toEqual([0]);
  });

  it('breaks an AD tie within one source by metric, and keeps equal ones as ECMP', () => {
    expect(
      selectInstalledRoute([
        { source: 'ospf', metric: 30 },
        { source: 'ospf', metric: 20 },
      ]).installed,
    ).toEqual([1]);
    expect(
      selectInstalledRoute([
        { source: 'ospf', metric: 20 },
        { source: 'ospf', metric: 20 },
      ]).installed,
    ).toEqual([0, 1]);
  });

  it('says so when different sources tie on AD, and never installs AD 255', () => {
    const tie = selectInstalledRoute([{ source: 'ospf' }, { source: 'static', distance: 110 }]);
    expect(tie.ambiguous).toBe(true);
    expect(selectInstalledRoute([{ source: 'static', distance: 255 }]).installed).toEqual([]);
  });

  it('refuses impossible input', () => {
    expect(() => selectInstalledRoute([])).toThrow(InputError);
    expect(() => selectInstalledRoute([{ source: 'static', distance: 256 }])).toThrow(
      'An administrative distance is a whole number from 0 to 255, not 256.',
    );
  });
});
