import { describe, expect, it } from 'vitest';
import { orderKeys, stackRows } from './stack';

describe('orderKeys', () => {
	it.each([
		[['b', 'a', 'b'], undefined, false, ['b', 'a']],
		[['b', 'a'], undefined, true, ['a', 'b']],
		[['c', 'a'], ['a', 'b'], false, ['a', 'b', 'c']]
	] as const)('%j with %j', (seen, order, sort, out) =>
		expect(orderKeys(seen, order, sort)).toEqual(out)
	);
});

describe('stackRows', () => {
	const rows = [
		{ x: '2026-02', series: 'policy', value: 2 },
		{ x: '2026-01', series: 'policy', value: 3 },
		{ x: '2026-01', series: 'alliance', value: 5 },
		{ x: '2026-02', series: 'alliance', value: 1 },
		{ x: '2026-02', series: 'alliance', value: 1 }
	];

	it('stacks in series order, zero-fills and sums duplicates', () => {
		const s = stackRows(rows, { seriesOrder: ['policy', 'liaison', 'alliance'] });
		expect(s.xs).toEqual(['2026-01', '2026-02']);
		expect(s.series).toEqual(['policy', 'liaison', 'alliance']);
		expect(s.layers.map((l) => l.map((seg) => [seg.y0, seg.y1]))).toEqual([
			[
				[0, 3],
				[0, 2]
			],
			[
				[3, 3],
				[2, 2]
			],
			[
				[3, 8],
				[2, 4]
			]
		]);
		expect(s.totals).toEqual([8, 4]);
		expect(s.max).toBe(8);
	});

	it('keeps an x from xOrder that has no rows', () => {
		const s = stackRows(rows, { xOrder: ['2025-12', '2026-01', '2026-02'] });
		expect(s.xs).toEqual(['2025-12', '2026-01', '2026-02']);
		expect(s.totals).toEqual([0, 8, 4]);
	});

	it('is empty for no rows', () => {
		expect(stackRows([])).toEqual({ xs: [], series: [], layers: [], totals: [], max: 0 });
	});
});
