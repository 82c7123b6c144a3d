import { describe, expect, it } from 'vitest';
import { seriesColour } from './colour';
import { seriesColumns, seriesLayout, valuesAt } from './series';

type Row = { issue: string; section: string; n: number };
const rows: Row[] = [
	{ issue: '2026-01', section: 'policy', n: 2 },
	{ issue: '2026-01', section: 'alliance', n: 6 },
	{ issue: '2026-02', section: 'liaison', n: 3 }
];
const get = { x: (d: Row) => d.issue, series: (d: Row) => d.section, value: (d: Row) => d.n };
const names: Record<string, string> = {
	policy: '重要政策动态',
	liaison: '联盟联络组及协发网动态',
	alliance: '试点联盟动态'
};
const seriesLabel = (k: string) => names[k]!;

describe('seriesLayout', () => {
	it('colours series in order and leaves room for a wrapped legend', () => {
		const wide = seriesLayout(
			rows,
			get,
			{ seriesOrder: ['policy', 'liaison', 'alliance'], seriesLabel },
			640
		);
		expect(wide.legendItems.map((i) => [i.label, i.colour])).toEqual([
			['重要政策动态', seriesColour(0)],
			['联盟联络组及协发网动态', seriesColour(1)],
			['试点联盟动态', seriesColour(2)]
		]);
		expect(wide.margin.top).toBe(20 + 28);
		const narrow = seriesLayout(
			rows,
			get,
			{ seriesOrder: ['policy', 'liaison', 'alliance'], seriesLabel },
			240
		);
		expect(narrow.margin.top).toBe(60 + 28);
	});
});

describe('seriesColumns and valuesAt', () => {
	const { stack } = seriesLayout(
		rows,
		get,
		{ seriesOrder: ['policy', 'liaison', 'alliance'], seriesLabel },
		640
	);
	const o = {
		xLabel: '期次',
		xFormat: (k: string) => `第${Number(k.slice(5))}期`,
		seriesLabel,
		format: String
	};

	it.each([
		[undefined, ['期次', '重要政策动态', '联盟联络组及协发网动态', '试点联盟动态']],
		['合计', ['期次', '重要政策动态', '联盟联络组及协发网动态', '试点联盟动态', '合计']]
	])('columns with total %s', (total, labels) => {
		const cols = seriesColumns(stack, { ...o, total });
		expect(cols.map((c) => c.label)).toEqual(labels);
		expect(stack.xs.map((_, i) => cols.map((c) => c.value(i)))).toEqual(
			total
				? [
						['第1期', '2', '0', '6', '8'],
						['第2期', '0', '3', '0', '3']
					]
				: [
						['第1期', '2', '0', '6'],
						['第2期', '0', '3', '0']
					]
		);
	});

	it('valuesAt pairs labels and values, total last', () => {
		expect(valuesAt(stack, 1, seriesLabel, String, '合计')).toEqual([
			['重要政策动态', '0'],
			['联盟联络组及协发网动态', '3'],
			['试点联盟动态', '0'],
			['合计', '3']
		]);
	});
});
