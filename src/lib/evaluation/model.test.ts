import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../topics/types';
import { defaultConfig } from './config';
import {
	apportion,
	dimensionScore,
	evaluateInput,
	gradeOf,
	recencyPoints,
	saturation,
	scoreYear,
	toTenths
} from './model';
import type {
	AllianceEvaluation,
	ContributedItem,
	EvaluationInput,
	ScoredDimension
} from './types';

const config = defaultConfig;

/** `n` issues of `year`: '2025-01' …. */
function issues(n: number, year = 2025) {
	return Array.from({ length: n }, (_, i) => {
		const number = i + 1;
		return {
			id: `${year}-${String(number).padStart(2, '0')}`,
			number,
			date: `${year}-${String(number).padStart(2, '0')}-15`
		};
	});
}

/** An item of `allianceId` in issue `issue` (1-based) with the given dimensions. */
function item(
	allianceId: string,
	issue: number,
	seq: number,
	dimensions: ScoredDimension[],
	year = 2025
): ContributedItem {
	const issueId = `${year}-${String(issue).padStart(2, '0')}`;
	return {
		allianceId,
		itemId: `${issueId}-${String(seq).padStart(2, '0')}`,
		issueId,
		seq,
		dimensions
	};
}

const ALLIANCES = [
	{ id: 'steel', name: '钢铁可循环流程技术创新战略联盟' },
	{ id: 'lighting', name: '半导体照明产业技术创新战略联盟' },
	{ id: 'silent', name: '农业装备产业技术创新战略联盟' }
];

function input(items: ContributedItem[], issueCount = 6, year = 2025): EvaluationInput {
	return { year, issues: issues(issueCount, year), alliances: ALLIANCES, items };
}

function one(items: ContributedItem[], id = 'steel', issueCount = 6): AllianceEvaluation {
	return scoreYear(input(items, issueCount), config).find((a) => a.allianceId === id)!;
}

const hundredths = (x: number) => Math.round(x * 100);

/** Every evidence list sums to its score and the parts sum to the total, in exact hundredths/tenths. */
function expectTraceable(a: AllianceEvaluation): void {
	for (const d of DIMENSIONS) {
		const dim = a.dimensions[d];
		expect(
			dim.evidence.reduce((s, e) => s + hundredths(e.points), 0),
			`${a.allianceId} ${d}`
		).toBe(hundredths(dim.score));
	}
	const parts = DIMENSIONS.map((d) => a.dimensions[d].score).concat(
		a.regularity.score,
		a.recency.score
	);
	expect(parts.reduce((s, p) => s + toTenths(p), 0)).toBe(toTenths(a.score));
}

// A regular contributor with a varied mix: in 5 of 6 issues, all four dimensions covered.
const VARIED = [
	item('steel', 1, 3, ['innovation', 'exchange']),
	item('steel', 2, 5, ['organisation']),
	item('steel', 3, 2, ['innovation', 'industry']),
	item('steel', 5, 4, ['industry', 'exchange']),
	item('steel', 6, 1, ['innovation'])
];

describe('scoreYear', () => {
	it('lists a silent alliance with 0, inactive and no evidence', () => {
		const a = one([item('steel', 1, 1, ['innovation'])], 'silent');
		expect(a).toMatchObject({
			items: 0,
			itemIds: [],
			issuesPresent: 0,
			score: 0,
			grade: 'inactive',
			gradeZh: '不活跃',
			regularity: { score: 0, max: 15, issueIds: [] },
			recency: { score: 0, max: 5, itemId: null }
		});
		for (const d of DIMENSIONS)
			expect(a.dimensions[d]).toEqual({ score: 0, max: config.dimensions[d].max, evidence: [] });
	});

	it('grades a regular contributor with a varied mix high (≥ 86)', () => {
		const a = one(VARIED);
		expect(a.score).toBeGreaterThanOrEqual(86);
		expect(a.grade).toBe('high');
		expect(a.issuesPresent).toBe(5);
		expect(a.regularity).toEqual({
			score: 12.5,
			max: 15,
			issueIds: ['2025-01', '2025-02', '2025-03', '2025-05', '2025-06']
		});
		expect(a.recency).toEqual({ score: 5, max: 5, itemId: '2025-06-01' });
		expectTraceable(a);
	});

	it.each([
		['one item', [item('steel', 2, 1, ['innovation'])], 'inactive'],
		[
			'two items in two issues',
			[item('steel', 2, 1, ['innovation']), item('steel', 5, 1, ['exchange'])],
			'inactive'
		],
		[
			'three varied items in the first three issues',
			[
				item('steel', 1, 1, ['innovation', 'exchange']),
				item('steel', 2, 1, ['industry', 'organisation']),
				item('steel', 3, 1, ['innovation'])
			],
			'average'
		]
	] as const)('grades a light contributor (%s) below high: %s', (_, items, grade) => {
		const a = one([...items]);
		expect(a.grade).toBe(grade);
		expectTraceable(a);
	});

	it('gives diminishing returns: 40 items in one dimension earn less than twice 10 items', () => {
		const flood = (n: number) =>
			one(Array.from({ length: n }, (_, i) => item('steel', (i % 6) + 1, i + 1, ['innovation'])));
		const [ten, forty] = [flood(10), flood(40)];
		expect(forty.dimensions.innovation.score).toBeLessThan(2 * ten.dimensions.innovation.score);
		expect(forty.dimensions.innovation.score).toBeLessThanOrEqual(30);
		// A flood in one dimension cannot reach a varied contributor's score.
		expect(forty.score).toBeLessThan(one(VARIED).score);
		expectTraceable(forty);
	});

	it('credits earlier items with more points, in issue order then position', () => {
		const a = one([
			item('steel', 3, 2, ['innovation']),
			item('steel', 1, 7, ['innovation']),
			item('steel', 3, 1, ['innovation'])
		]);
		expect(a.itemIds).toEqual(['2025-01-07', '2025-03-01', '2025-03-02']);
		const points = a.dimensions.innovation.evidence.map((e) => e.points);
		expect(a.dimensions.innovation.evidence.map((e) => e.itemId)).toEqual(a.itemIds);
		expect(points[0]).toBeGreaterThan(points[1]!);
		expect(points[1]).toBeGreaterThan(points[2]!);
		expect(a.recency.itemId).toBe('2025-03-02');
	});

	it('counts an item in every dimension its activity types belong to, and once per contributor', () => {
		const shared = (id: string) => ({ ...item(id, 1, 1, ['innovation', 'exchange']) });
		const [steel, lighting] = ['steel', 'lighting'].map((id) =>
			scoreYear(input([shared('steel'), shared('lighting')]), config).find(
				(a) => a.allianceId === id
			)!
		);
		for (const a of [steel!, lighting!]) {
			expect(a.dimensions.innovation.evidence.map((e) => e.itemId)).toEqual(['2025-01-01']);
			expect(a.dimensions.exchange.evidence.map((e) => e.itemId)).toEqual(['2025-01-01']);
			expect(a.dimensions.industry.evidence).toEqual([]);
		}
	});

	it('counts an item without activity types for regularity and recency only', () => {
		const a = one([item('steel', 6, 1, [])]);
		expect(a.score).toBe(2.5 + 5);
		for (const d of DIMENSIONS) expect(a.dimensions[d].score).toBe(0);
	});

	it('ignores a repeated (alliance, item) row', () => {
		expect(one([...VARIED, VARIED[0]!])).toEqual(one(VARIED));
	});

	it('refuses items outside the year or of unregistered alliances', () => {
		expect(() => scoreYear(input([item('steel', 1, 1, [], 2024)]), config)).toThrow(
			/2024-01-01 is in issue 2024-01, not one of 2025's issues/
		);
		expect(() => scoreYear(input([item('nobody', 1, 1, [])]), config)).toThrow(
			/alliance nobody, which is not registered/
		);
	});

	it('keeps every evidence list summing to its score exactly, for any number of items', () => {
		for (let n = 0; n <= 30; n++) {
			const items = Array.from({ length: n }, (_, i) =>
				item(
					'steel',
					(i % 6) + 1,
					i + 1,
					DIMENSIONS.filter((_, d) => (i + d) % (d + 2) === 0)
				)
			);
			expectTraceable(one(items));
		}
	});
});

describe('dimensionScore', () => {
	it.each([
		[30, 1, 1, 19],
		[30, 1, 2, 25.9],
		[30, 1, 4, 29.5],
		[15, 1, 1, 9.5],
		[20, 0.5, 3, 15.5],
		[0, 1, 3, 0]
	])('max %d, rate %d, %d items → %d', (max, rate, n, score) => {
		const ids = Array.from({ length: n }, (_, i) => `item-${i}`);
		const d = dimensionScore(max, rate, ids);
		expect(d.score).toBe(score);
		expect(d.score).toBe(toTenths(saturation(max, rate, n)) / 10);
		expect(d.evidence.reduce((s, e) => s + hundredths(e.points), 0)).toBe(hundredths(score));
	});
});

describe('apportion', () => {
	it.each([
		[[1, 1, 1], 10, [4, 3, 3]],
		[[3, 1], 4, [3, 1]],
		[[0.5, 0.25, 0.25], 101, [51, 25, 25]],
		[[2, 1, 1], 0, [0, 0, 0]],
		[[0, 0], 0, [0, 0]],
		[[], 0, []]
	])('%j over %d → %j', (weights, total, parts) => {
		expect(apportion(weights, total)).toEqual(parts);
	});

	it('refuses to split units over nothing', () => {
		expect(() => apportion([0], 3)).toThrow(RangeError);
	});
});

describe('recencyPoints', () => {
	it.each([
		// issues, latest position (1-based), points
		[6, 6, 5],
		[6, 5, 5],
		[6, 4, 2.5],
		[6, 3, 1.25],
		[6, 1, 0.3125],
		[7, 6, 5],
		[7, 5, 2.5],
		[1, 1, 5],
		[4, 4, 5],
		[4, 3, 2.5],
		[6, null, 0],
		[0, null, 0]
	])('%d issues, latest in issue %s → %d', (n, latest, points) => {
		expect(recencyPoints(config.recency, n, latest)).toBe(points);
	});
});

describe('gradeOf', () => {
	it.each([
		[100, 'high'],
		[86, 'high'],
		[85.9, 'fairly-high'],
		[85.5, 'fairly-high'],
		[75, 'fairly-high'],
		[74.9, 'average'],
		[65, 'average'],
		[64.9, 'inactive'],
		[64.5, 'inactive'],
		[0, 'inactive']
	] as const)('%d → %s', (score, grade) => {
		expect(gradeOf(score, config.grades)).toBe(grade);
	});
});

describe('evaluateInput', () => {
	const current = input(VARIED, 6, 2025);
	const previousYear = (items: ContributedItem[], n = 6) => input(items, n, 2024);

	it('sorts by score, then name, and counts grades over every registered alliance', () => {
		const r = evaluateInput(current, null, config);
		expect(r).toMatchObject({ year: 2025, configVersion: config.version, issues: 6 });
		expect(r.alliances.map((a) => a.allianceId)).toEqual(['steel', 'lighting', 'silent']);
		expect(r.gradeCounts).toEqual({ high: 1, 'fairly-high': 0, average: 0, inactive: 2 });
	});

	it('leaves the change empty when the previous year has no issues', () => {
		for (const prev of [null, previousYear([], 0)]) {
			for (const a of evaluateInput(current, prev, config).alliances) {
				expect(a).toMatchObject({ previousScore: null, change: null, previousGrade: null });
			}
		}
	});

	it('computes the change from the previous year, silent then counting as 0', () => {
		const prev = previousYear([item('steel', 2, 1, ['innovation'], 2024)]);
		const r = evaluateInput(current, prev, config);
		const steel = r.alliances.find((a) => a.allianceId === 'steel')!;
		const before = scoreYear(prev, config).find((a) => a.allianceId === 'steel')!;
		expect(steel.previousScore).toBe(before.score);
		expect(steel.previousGrade).toBe('inactive');
		expect(toTenths(steel.change!)).toBe(toTenths(steel.score) - toTenths(before.score));
		expect(r.alliances.find((a) => a.allianceId === 'silent')).toMatchObject({
			previousScore: 0,
			change: 0,
			previousGrade: 'inactive'
		});
	});

	it('scores every alliance 0 in a year without issues', () => {
		const r = evaluateInput(input([], 0), null, config);
		expect(r.issues).toBe(0);
		expect(r.alliances.every((a) => a.score === 0 && a.grade === 'inactive')).toBe(true);
	});
});
