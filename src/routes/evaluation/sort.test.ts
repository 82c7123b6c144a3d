import { describe, expect, it } from 'vitest';
import type { AllianceEvaluation } from '$lib/evaluation/types';
import { DEFAULT_SORT, nextSort, parseSort, sortAlliances, sortParam, type Sort } from './sort';

function alliance(
	id: string,
	name: string,
	score: number,
	change: number | null,
	items = 0
): AllianceEvaluation {
	const dim = (s: number) => ({ score: s, max: 30, evidence: [] });
	return {
		allianceId: id,
		name,
		items,
		itemIds: [],
		issuesPresent: 0,
		dimensions: {
			organisation: dim(score / 4),
			innovation: dim(0),
			industry: dim(0),
			exchange: dim(0)
		},
		regularity: { score: 0, max: 15, issueIds: [] },
		recency: { score: 0, max: 5, itemId: null },
		score,
		grade: 'inactive',
		gradeZh: '不活跃',
		previousScore: change === null ? null : score - change,
		change,
		previousGrade: null
	};
}

// In the model's order: score descending, then name.
const rows = [
	alliance('b', '北斗', 70, 5, 3),
	alliance('a', '安全', 70, null, 2),
	alliance('z', '钻石', 40, -10, 9),
	alliance('c', '材料', 0, 0, 0)
];
const ids = (sort: Sort) =>
	sortAlliances(rows, sort)
		.map((r) => r.allianceId)
		.join('');

describe('parseSort / sortParam', () => {
	it.each<[string | null, Sort, string | null]>([
		[null, DEFAULT_SORT, null],
		['-score', { key: 'score', desc: true }, null],
		['score', { key: 'score', desc: false }, 'score'],
		['name', { key: 'name', desc: false }, 'name'],
		['-innovation', { key: 'innovation', desc: true }, '-innovation'],
		['-change', { key: 'change', desc: true }, '-change'],
		['-date', DEFAULT_SORT, null],
		['grade', DEFAULT_SORT, null],
		['--score', DEFAULT_SORT, null]
	])('%s → %o → %s', (value, sort, param) => {
		expect(parseSort(value)).toEqual(sort);
		expect(sortParam(parseSort(value))).toBe(param);
	});
});

describe('nextSort', () => {
	it.each<[Sort, Parameters<typeof nextSort>[1], Sort]>([
		[DEFAULT_SORT, 'score', { key: 'score', desc: false }],
		[{ key: 'score', desc: false }, 'score', DEFAULT_SORT],
		[DEFAULT_SORT, 'name', { key: 'name', desc: false }],
		[{ key: 'name', desc: false }, 'name', { key: 'name', desc: true }],
		[DEFAULT_SORT, 'change', { key: 'change', desc: true }]
	])('from %o, a click on %s gives %o', (from, key, to) => {
		expect(nextSort(from, key)).toEqual(to);
	});
});

describe('sortAlliances', () => {
	it.each<[Sort, string]>([
		[DEFAULT_SORT, 'bazc'],
		[{ key: 'score', desc: false }, 'czba'],
		[{ key: 'items', desc: true }, 'zbac'],
		[{ key: 'organisation', desc: true }, 'bazc'],
		// pinyin: an(安) bei(北) cai(材) zuan(钻)
		[{ key: 'name', desc: false }, 'abcz'],
		[{ key: 'name', desc: true }, 'zcba'],
		// no previous year goes last either way
		[{ key: 'change', desc: true }, 'bcza'],
		[{ key: 'change', desc: false }, 'zcba']
	])('%o → %s', (sort, expected) => {
		expect(ids(sort)).toBe(expected);
	});

	it('does not change the rows it is given', () => {
		sortAlliances(rows, { key: 'name', desc: true });
		expect(rows.map((r) => r.allianceId).join('')).toBe('bazc');
	});
});
