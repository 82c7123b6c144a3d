import { scaleBand, scaleLinear, scalePoint } from 'd3';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../calendar';
import { categoryTicks, linearTicks, monthTicks, tickCount } from './ticks';

describe('tickCount', () => {
	it.each([
		[0, 60, 2],
		[300, 60, 5],
		[1000, 80, 12]
	])('%d px at %d spacing → %d', (len, sp, n) => expect(tickCount(len, sp)).toBe(n));
});

describe('linearTicks', () => {
	it('places d3 ticks and formats them', () => {
		const s = scaleLinear().domain([0, 10]).range([0, 100]);
		expect(linearTicks(s, 5, String)).toEqual(
			[0, 2, 4, 6, 8, 10].map((v) => ({ pos: v * 10, label: String(v) }))
		);
	});
	it('drops fractional ticks for counts', () => {
		const s = scaleLinear().domain([0, 2]).range([200, 0]);
		expect(linearTicks(s, 5, String, true).map((t) => t.label)).toEqual(['0', '1', '2']);
	});
});

describe('categoryTicks', () => {
	const keys = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];
	it('centres ticks on bands', () => {
		const s = scaleBand<string>().domain(keys.slice(0, 2)).range([0, 100]);
		expect(categoryTicks(s, 10, (k) => k.slice(5))).toEqual([
			{ pos: 25, label: '01' },
			{ pos: 75, label: '02' }
		]);
	});
	it('thins to every nth when crowded', () => {
		const s = scalePoint<string>().domain(keys).range([0, 400]);
		expect(categoryTicks(s, 3, (k) => k).map((t) => t.label)).toEqual([
			'2026-01',
			'2026-03',
			'2026-05'
		]);
	});
});

describe('monthTicks', () => {
	it.each([
		['2026-01-10', '2026-04-20', 10, ['2026-02', '2026-03', '2026-04']],
		[
			'2026-01-01',
			'2026-12-31',
			12,
			[
				'2026-01',
				'2026-02',
				'2026-03',
				'2026-04',
				'2026-05',
				'2026-06',
				'2026-07',
				'2026-08',
				'2026-09',
				'2026-10',
				'2026-11',
				'2026-12'
			]
		],
		['2026-01-01', '2026-12-31', 4, ['2026-01', '2026-04', '2026-07', '2026-10']],
		['2024-01-01', '2026-12-31', 4, ['2024-01', '2025-01', '2026-01']]
	])('%s … %s, at most %d', (from, to, max, months) => {
		const s = scaleLinear()
			.domain([dayNumber(from), dayNumber(to)])
			.range([0, 1000]);
		const ticks = monthTicks(s, max, (m) => m);
		expect(ticks.map((t) => t.label)).toEqual(months);
		expect(ticks.every((t) => t.pos >= 0 && t.pos <= 1000)).toBe(true);
	});
});

describe('monthTicks over many years', () => {
	it('steps in whole years that fit, on round years', () => {
		const scale = scaleLinear()
			.domain([dayNumber('2011-01-01'), dayNumber('2026-04-20')])
			.range([0, 300]);
		const ticks = monthTicks(scale, 4, (m) => m);
		expect(ticks.length).toBeLessThanOrEqual(4);
		expect(ticks.map((t) => t.label)).toEqual(['2015-01', '2020-01', '2025-01']);
	});
});
