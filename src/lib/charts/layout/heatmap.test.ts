import { describe, expect, it } from 'vitest';
import { heatGrid, heatLegend, heatLegendItems, heatLevel } from './heatmap';

describe('heatLevel', () => {
	it.each([
		[0, 10, 0],
		[-1, 10, 0],
		[1, 10, 1],
		[2, 10, 1],
		[3, 10, 2],
		[10, 10, 5],
		[1, 1, 5],
		[1, 3, 2],
		[5, 0, 0]
	])('%d of max %d → %d', (v, max, level) => expect(heatLevel(v, max)).toBe(level));
});

describe('heatLegend', () => {
	it.each([
		[0, [[0, 0, 0]]],
		[
			3,
			[
				[0, 0, 0],
				[2, 1, 1],
				[4, 2, 2],
				[5, 3, 3]
			]
		],
		[
			10,
			[
				[0, 0, 0],
				[1, 1, 2],
				[2, 3, 4],
				[3, 5, 6],
				[4, 7, 8],
				[5, 9, 10]
			]
		]
	])('max %d', (max, levels) => {
		expect(heatLegend(max).map((l) => [l.level, l.from, l.to])).toEqual(levels);
	});

	it('agrees with heatLevel for every count up to max', () => {
		for (const max of [1, 2, 3, 7, 10, 23]) {
			for (const l of heatLegend(max)) {
				for (let v = l.from; v <= l.to; v++) expect(heatLevel(v, max)).toBe(l.level);
			}
		}
	});
});

describe('heatGrid', () => {
	it('zero-fills the grid in the given row order and sorted columns', () => {
		const g = heatGrid(
			[
				{ row: 'b', column: '2026-02', value: 4 },
				{ row: 'a', column: '2026-01', value: 1 },
				{ row: 'a', column: '2026-01', value: 1 }
			],
			{ rowOrder: ['a', 'b', 'silent'] }
		);
		expect(g.rows).toEqual(['a', 'b', 'silent']);
		expect(g.columns).toEqual(['2026-01', '2026-02']);
		expect(g.cells.map((c) => [c.row, c.column, c.value, c.level])).toEqual([
			['a', '2026-01', 2, 3],
			['a', '2026-02', 0, 0],
			['b', '2026-01', 0, 0],
			['b', '2026-02', 4, 5],
			['silent', '2026-01', 0, 0],
			['silent', '2026-02', 0, 0]
		]);
		expect(g.max).toBe(4);
	});
});

describe('heatLegendItems', () => {
	it('labels single counts and ranges', () => {
		expect(heatLegendItems(10, String).map((i) => [i.key, i.label, i.colour])).toEqual([
			['level-0', '0', 'var(--heat-0)'],
			['level-1', '1–2', 'var(--heat-1)'],
			['level-2', '3–4', 'var(--heat-2)'],
			['level-3', '5–6', 'var(--heat-3)'],
			['level-4', '7–8', 'var(--heat-4)'],
			['level-5', '9–10', 'var(--heat-5)']
		]);
	});
});
