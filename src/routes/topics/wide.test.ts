import { describe, expect, it } from 'vitest';
import { topSeries, wideTable } from './wide';

type Row = { period: string; key: string; count: number };
const rows: Row[] = [
	{ period: '2025', key: 'a', count: 1 },
	{ period: '2025', key: 'b', count: 5 },
	{ period: '2026', key: 'a', count: 3 },
	{ period: '2026', key: 'c', count: 0 }
];
const get = { x: (d: Row) => d.period, series: (d: Row) => d.key, value: (d: Row) => d.count };

describe('wideTable', () => {
	it('has a row per period and a zero-filled column per series, with the total when asked', () => {
		expect(wideTable(rows, get, ['2025', '2026'], ['a', 'b'], (x) => `${x}年`, true)).toEqual([
			{ period: '2025年', 's:a': 1, 's:b': 5, total: 6 },
			{ period: '2026年', 's:a': 3, 's:b': 0, total: 3 }
		]);
		expect(wideTable(rows, get, ['2026'], ['c'], String, false)).toEqual([
			{ period: '2026', 's:c': 0 }
		]);
	});
});

describe('topSeries', () => {
	it.each([
		[3, ['b', 'a']],
		[1, ['b']]
	])('keeps the %i series with most items, none empty', (limit, expected) => {
		expect(topSeries(rows, get.series, get.value, limit)).toEqual(expected);
	});
});
