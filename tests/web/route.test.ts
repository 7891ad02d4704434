import { describe, expect, it } from 'vitest';
import { buildHash, parseHash, type Route } from '../../web/src/route.ts';

describe('hash routes', () => {
  it('reads the four views', () => {
    expect(parseHash('')).toEqual({ route: { view: 'plans' } });
    expect(parseHash('#/')).toEqual({ route: { view: 'plans' } });
    expect(parseHash('#/plans')).toEqual({ route: { view: 'plans' } });
    expect(parseHash('#/plans/thanh-hoa-68-kh-ubnd-2024')).toEqual({
      route: { view: 'plan', planId: 'thanh-hoa-68-kh-ubnd-2024' },
    });
    expect(parseHash('#/indicators/th68-tham-gia-bhyt?method=un-cagr')).toEqual({
      route: { view: 'indicator', indicatorId: 'th68-tham-gia-bhyt', method: 'un-cagr' },
    });
    expect(parseHash('#/flags?department=so-y-te-thanh-hoa')).toEqual({
      route: { view: 'flags', department: 'so-y-te-thanh-hoa' },
    });
    expect(parseHash('#/flags?plan=p1')).toEqual({ route: { view: 'flags', plan: 'p1' } });
  });

  it('reads the plan filters and the language', () => {
    expect(parseHash('#/plans/p1?department=so-y-te&status=at_risk&lang=en')).toEqual({
      route: { view: 'plan', planId: 'p1', department: 'so-y-te', status: 'at_risk' },
      lang: 'en',
    });
  });

  it('ignores an unknown status, an unknown language and empty parameters', () => {
    expect(parseHash('#/plans/p1?status=great&lang=fr&department=')).toEqual({ route: { view: 'plan', planId: 'p1' } });
  });

  it('says not-found for any other path, keeping the language', () => {
    expect(parseHash('#/nowhere/else?lang=en')).toEqual({
      route: { view: 'not-found', path: '/nowhere/else' },
      lang: 'en',
    });
    expect(parseHash('#/plans/%E0%A4%A')).toEqual({ route: { view: 'not-found', path: '/plans/%E0%A4%A' } });
  });

  it('builds shareable hashes that read back to the same route and language', () => {
    const routes: Route[] = [
      { view: 'plans' },
      { view: 'plan', planId: 'thanh-hoa-68-kh-ubnd-2024', department: 'so-y-te-thanh-hoa', status: 'off_track' },
      { view: 'indicator', indicatorId: 'th68-nha-o-xa-hoi', method: 'un-extrapolation' },
      { view: 'flags', department: 'so-xay-dung-thanh-hoa' },
      { view: 'flags', plan: 'thanh-hoa-68-kh-ubnd-2024', department: 'so-y-te-thanh-hoa' },
      { view: 'flags' },
    ];
    for (const route of routes) {
      for (const lang of ['vi', 'en'] as const) expect(parseHash(buildHash(route, lang))).toEqual({ route, lang });
      expect(parseHash(buildHash(route))).toEqual({ route });
    }
    expect(buildHash({ view: 'plan', planId: 'p1', status: 'at_risk' }, 'vi')).toBe(
      '#/plans/p1?status=at_risk&lang=vi',
    );
  });

  it('encodes ids that are not URL-safe', () => {
    const hash = buildHash({ view: 'indicator', indicatorId: 'a b/c' });
    expect(hash).toBe('#/indicators/a%20b%2Fc');
    expect(parseHash(hash)).toEqual({ route: { view: 'indicator', indicatorId: 'a b/c' } });
  });
});
