import { describe, expect, it } from 'vitest';
import type { RankingRow } from '$lib/queries/ranking';
import {
	DEFAULT_SORT,
	nextSort,
	parseRankingSort,
	rankingSortParam,
	sortRanking
} from './ranking-sort';

const row = (id: string, items: number, patch: Partial<RankingRow> = {}): RankingRow => ({
	allianceId: id,
	name: id,
	items,
	issuesPresent: items,
	share: items / 10,
	firstDate: items ? '2024-01-10' : null,
	lastDate: items ? '2025-01-10' : null,
	daysSinceLast: items ? 30 : null,
	longestGap: items ? 2 : 6,
	activityTypes: [],
	...patch
});

const rows = [
	row('silent-b', 0),
	row('a', 3, { lastDate: '2025-06-01', daysSinceLast: 10, activityTypes: ['events'] }),
	row('silent-a', 0),
	row('b', 5, { firstDate: '2023-01-01', longestGap: 4 }),
	row('c', 3, { lastDate: '2024-02-01', daysSinceLast: 400, activityTypes: ['events', 'visits'] })
];
const ids = (sort: string | null) =>
	sortRanking(rows, parseRankingSort(sort)).map((r) => r.allianceId);

describe('sortRanking', () => {
	it.each([
		[null, ['b', 'a', 'c', 'silent-a', 'silent-b']],
		['items', ['a', 'c', 'b', 'silent-a', 'silent-b']],
		['-last', ['a', 'b', 'c', 'silent-a', 'silent-b']],
		['days', ['a', 'b', 'c', 'silent-a', 'silent-b']],
		['-days', ['c', 'b', 'a', 'silent-a', 'silent-b']],
		['first', ['b', 'a', 'c', 'silent-a', 'silent-b']],
		['-gap', ['b', 'a', 'c', 'silent-a', 'silent-b']],
		['-types', ['c', 'a', 'b', 'silent-a', 'silent-b']],
		['-name', ['c', 'b', 'a', 'silent-a', 'silent-b']],
		['-share', ['b', 'a', 'c', 'silent-a', 'silent-b']]
	])('sort=%s keeps silent alliances last: %j', (sort, expected) => {
		expect(ids(sort)).toEqual(expected);
	});

	it('does not change the rows it is given', () => {
		const before = rows.map((r) => r.allianceId);
		sortRanking(rows, { field: 'name', descending: false });
		expect(rows.map((r) => r.allianceId)).toEqual(before);
	});
});

describe('sort param', () => {
	it.each([
		[null, DEFAULT_SORT],
		['-items', DEFAULT_SORT],
		['share', { field: 'share', descending: false }],
		['-gap', { field: 'gap', descending: true }],
		['-date', DEFAULT_SORT],
		['bogus', DEFAULT_SORT]
	] as const)('%s → %j', (value, sort) => {
		expect(parseRankingSort(value)).toEqual(sort);
	});

	it('writes nothing for the default and round-trips the rest', () => {
		expect(rankingSortParam(DEFAULT_SORT)).toBeNull();
		for (const value of ['items', 'share', '-share', 'first', '-last', 'days', '-types', 'name']) {
			expect(rankingSortParam(parseRankingSort(value))).toBe(value);
		}
	});

	it('flips the direction of the same column and starts another at its natural direction', () => {
		expect(nextSort(DEFAULT_SORT, 'items')).toEqual({ field: 'items', descending: false });
		expect(nextSort(DEFAULT_SORT, 'days')).toEqual({ field: 'days', descending: false });
		expect(nextSort(DEFAULT_SORT, 'last')).toEqual({ field: 'last', descending: true });
		expect(nextSort({ field: 'name', descending: false }, 'name')).toEqual({
			field: 'name',
			descending: true
		});
	});
});
