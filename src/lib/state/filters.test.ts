import { describe, expect, it } from 'vitest';
import {
	defaultFilters,
	filtersToParams,
	parseFilters,
	presetLast12Months,
	presetQuarter,
	presetYear,
	withFilter,
	type Filters
} from './filters';

const f = (patch: Partial<Filters>): Filters => ({ ...defaultFilters(), ...patch });
const parse = (query: string) => parseFilters(new URLSearchParams(query));

describe('round trip parse(toParams(f)) = f', () => {
	it.each<[string, Filters]>([
		['defaults', f({})],
		['one alliance', f({ alliances: ['semiconductor-lighting'] })],
		['several alliances in order', f({ alliances: ['b-alliance', 'a-alliance'] })],
		['a period', f({ from: '2025-05', to: '2026-04' })],
		['open-ended period', f({ from: '2026-01' })],
		['year', f({ year: 2026 })],
		['section', f({ section: 'liaison' })],
		['type and dimension', f({ type: 'standard-setting', dim: 'innovation' })],
		['Chinese search words', f({ q: '标准 & 专利' })],
		['real only', f({ real: true })],
		['sort and page', f({ sort: '-items', page: 3 })],
		[
			'everything',
			f({
				alliances: ['x1', 'y2'],
				from: '2026-01',
				to: '2026-03',
				year: 2026,
				section: 'alliance',
				type: 'meeting',
				dim: 'organisation',
				q: 'a=b?c',
				real: true,
				sort: 'date',
				page: 12
			})
		]
	])('%s', (_, filters) => {
		const { filters: back, errors } = parseFilters(filtersToParams(filters));
		expect(errors).toEqual([]);
		expect(back).toEqual(filters);
	});
});

describe('filtersToParams', () => {
	it('writes a stable order and leaves defaults out', () => {
		const p = filtersToParams(
			f({ page: 2, q: '联盟', alliances: ['b', 'a'], real: true, from: '2026-01' })
		);
		expect(p.toString()).toBe(
			'alliance=b&alliance=a&from=2026-01&q=%E8%81%94%E7%9B%9F&real=1&page=2'
		);
		expect(filtersToParams(f({ page: 1, q: '  ' })).toString()).toBe('');
	});
});

describe('parseFilters drops invalid values with a message naming them', () => {
	it.each([
		['from=2026-13', 'from=2026-13'],
		['to=2026-4', 'to=2026-4'],
		['year=26', 'year=26'],
		['section=news', 'section=news'],
		['dim=policy', 'dim=policy'],
		['real=yes', 'real=yes'],
		['page=0', 'page=0'],
		['page=-1', 'page=-1'],
		['page=1.5', 'page=1.5'],
		['alliance=Bad Name', 'alliance=Bad Name'],
		['type=%3Cscript%3E', 'type=<script>'],
		['sort=items;drop', 'sort=items;drop']
	])('%s', (query, named) => {
		const { filters, errors } = parse(query);
		expect(filters).toEqual(defaultFilters());
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(named);
	});

	it('keeps the first of a repeated single-valued param and says so', () => {
		const { filters, errors } = parse('from=2026-01&from=2026-02');
		expect(filters.from).toBe('2026-01');
		expect(errors[0]).toContain('from');
	});

	it('drops "to" before "from" with a message naming both', () => {
		const { filters, errors } = parse('from=2026-05&to=2026-03');
		expect([filters.from, filters.to]).toEqual(['2026-05', null]);
		expect(errors[0]).toMatch(/2026-05.*2026-03/);
	});

	it('takes empty values (a GET form\'s "any") as unset, dedupes alliances, trims q', () => {
		const { filters, errors } = parse('year=&section=&alliance=&alliance=a&alliance=a&q=++ok++');
		expect(filters).toEqual(f({ alliances: ['a'], q: 'ok' }));
		expect(errors).toEqual([]);
	});

	it('speaks English when asked', () => {
		expect(parseFilters(new URLSearchParams('from=2026-13'), 'en').errors).toEqual([
			'Parameter from=2026-13 is invalid: expected a month as YYYY-MM'
		]);
	});

	it('ignores params it does not own', () => {
		expect(parse('tab=chart&section=policy')).toEqual({
			filters: f({ section: 'policy' }),
			errors: []
		});
	});
});

describe('withFilter', () => {
	const url = new URL('https://x.test/items?section=policy&sort=date&page=4&tab=table#top');
	it.each<[string, Partial<Filters>, string]>([
		[
			'a filter change goes back to page 1',
			{ section: 'alliance' },
			'/items?section=alliance&sort=date&tab=table#top'
		],
		[
			'a sort change keeps the page',
			{ sort: '-date' },
			'/items?section=policy&sort=-date&page=4&tab=table#top'
		],
		[
			'a page change keeps filters',
			{ page: 5 },
			'/items?section=policy&sort=date&page=5&tab=table#top'
		],
		[
			'setting a filter to its current value keeps the page',
			{ section: 'policy' },
			'/items?section=policy&sort=date&page=4&tab=table#top'
		],
		['clearing a filter', { section: null }, '/items?sort=date&tab=table#top'],
		[
			'an explicit page wins',
			{ q: '专利', page: 2 },
			'/items?section=policy&q=%E4%B8%93%E5%88%A9&sort=date&page=2&tab=table#top'
		]
	])('%s', (_, patch, out) => expect(withFilter(url, patch)).toBe(out));

	it('returns the bare path when nothing is left', () => {
		expect(withFilter(new URL('https://x.test/alliances?real=1'), { real: false })).toBe(
			'/alliances'
		);
	});
});

describe('period presets (string arithmetic, no Date)', () => {
	it.each([
		[2026, { from: '2026-01', to: '2026-12' }],
		[2025, { from: '2025-01', to: '2025-12' }]
	])('presetYear(%d)', (y, p) => expect(presetYear(y)).toEqual(p));

	it.each([
		['2026-04-20', { from: '2025-05', to: '2026-04' }],
		['20260420', { from: '2025-05', to: '2026-04' }],
		['2026-12-31', { from: '2026-01', to: '2026-12' }],
		['2026-01-01', { from: '2025-02', to: '2026-01' }]
	])('presetLast12Months(%s)', (today, p) => expect(presetLast12Months(today)).toEqual(p));

	it('presetLast12Months rejects a non-date', () => {
		expect(() => presetLast12Months('2026-13-01')).toThrow(/2026-13-01/);
	});

	it.each([
		[1, { from: '2026-01', to: '2026-03' }],
		[2, { from: '2026-04', to: '2026-06' }],
		[3, { from: '2026-07', to: '2026-09' }],
		[4, { from: '2026-10', to: '2026-12' }]
	] as const)('presetQuarter(2026, %d)', (q, p) => expect(presetQuarter(2026, q)).toEqual(p));
});
