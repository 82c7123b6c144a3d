import { describe, expect, it } from 'vitest';
import { withFilter } from '$lib/state/filters';
import { defaultGrain, parseTopicsParams, withTopicsParam } from './params';

const url = (query: string) => new URL(`http://localhost/topics${query}`);
const open = { from: null, to: null, year: null };

describe('defaultGrain', () => {
	it.each([
		[open, 'year'],
		[{ ...open, from: '2020-01' }, 'year'],
		[{ ...open, from: '2021-01', to: '2023-12' }, 'month'],
		[{ ...open, from: '2020-12', to: '2023-12' }, 'year'],
		[{ ...open, year: 2025 }, 'month']
	] as const)('%o → %s', (f, grain) => {
		expect(defaultGrain(f)).toBe(grain);
	});
});

describe('parseTopicsParams', () => {
	it.each([
		['', { view: 'lines', grain: 'year', kw: '', invalid: [] }],
		[
			'?view=stacked&grain=year&kw=%20标准%20',
			{ view: 'stacked', grain: 'year', kw: '标准', invalid: [] }
		],
		[
			'?view=pie&grain=week',
			{
				view: 'lines',
				grain: 'year',
				kw: '',
				invalid: [
					{ param: 'view', value: 'pie', allowed: ['lines', 'stacked'] },
					{ param: 'grain', value: 'week', allowed: ['month', 'year'] }
				]
			}
		]
	])('%s', (query, expected) => {
		expect(parseTopicsParams(url(query).searchParams, open)).toEqual(expected);
	});
});

describe('withTopicsParam', () => {
	it.each([
		['?section=alliance', 'view', 'stacked', '/topics?section=alliance&view=stacked'],
		['?section=alliance&view=stacked', 'view', 'lines', '/topics?section=alliance'],
		['?grain=year', 'grain', 'month', '/topics?grain=month'],
		['?kw=a', 'kw', ' 标准 ', `/topics?kw=${encodeURIComponent('标准')}`],
		['?kw=a&q=x', 'kw', '', '/topics?q=x']
	] as const)('%s + %s=%s', (query, param, value, expected) => {
		expect(withTopicsParam(url(query), param, value)).toBe(expected);
	});

	it('survives a filter change', () => {
		const next = withFilter(url('?view=stacked&grain=year&kw=标准'), { section: 'policy' });
		expect(parseTopicsParams(new URL(next, 'http://localhost').searchParams, open)).toMatchObject({
			view: 'stacked',
			grain: 'year',
			kw: '标准'
		});
	});
});
