import { describe, expect, it } from 'vitest';
import { defaultGrain, issueParts, parseGrain, periodMonths } from './periods';
import { withoutParams, withParam } from './params';

describe('heat-map periods', () => {
	it.each([
		['2025-03', 'month', null, { from: '2025-03', to: '2025-03' }],
		['2025-Q1', 'quarter', null, { from: '2025-01', to: '2025-03' }],
		['2025-Q4', 'quarter', null, { from: '2025-10', to: '2025-12' }],
		['2025', 'year', null, { from: '2025-01', to: '2025-12' }],
		['2025-06', 'issue', '2025-12', { from: '2025-12', to: '2025-12' }],
		['2025-06', 'issue', null, null]
	] as const)('%s at %s grain (issue month %s) → %j', (period, grain, month, expected) => {
		expect(periodMonths(period, grain, month)).toEqual(expected);
	});

	it.each([
		[{ from: null, to: null, year: null }, 'year'],
		[{ from: null, to: null, year: 2025 }, 'month'],
		[{ from: '2024-01', to: '2025-12', year: null }, 'month'],
		[{ from: '2020-01', to: '2025-12', year: null }, 'quarter'],
		[{ from: '2012-01', to: '2025-12', year: null }, 'year'],
		[{ from: '2025-01', to: null, year: null }, 'year']
	] as const)('default grain of %j is %s', (f, grain) => {
		expect(defaultGrain(f)).toBe(grain);
	});

	it('reads grains and issue ids', () => {
		expect(parseGrain('quarter')).toBe('quarter');
		expect(parseGrain('week')).toBeNull();
		expect(parseGrain(null)).toBeNull();
		expect(issueParts('2025-06')).toEqual({ year: 2025, number: 6 });
		expect(issueParts('x')).toBeNull();
	});
});

describe('page params', () => {
	it('sets and removes one param, keeping the rest', () => {
		const url = new URL('http://h/alliances?alliance=a&alliance=b&from=2025-01&grain=year#top');
		expect(withParam(url, 'grain', 'quarter')).toBe(
			'/alliances?alliance=a&alliance=b&from=2025-01&grain=quarter#top'
		);
		expect(withParam(url, 'grain', null)).toBe('/alliances?alliance=a&alliance=b&from=2025-01#top');
		expect(withoutParams('/alliances/td?grain=year&real=1&lane=role', ['grain', 'lane'])).toBe(
			'/alliances/td?real=1'
		);
	});
});
