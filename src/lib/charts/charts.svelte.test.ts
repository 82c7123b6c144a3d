// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import BarChart from './BarChart.svelte';
import HeatMap from './HeatMap.svelte';
import LineChart from './LineChart.svelte';
import StackedAreaChart from './StackedAreaChart.svelte';
import StackedBarChart from './StackedBarChart.svelte';
import Timeline from './Timeline.svelte';
import { clickButton, render, stubResizeObserver, svelteInBrowserBuild } from './test-utils';

const labels = {
	table: '表格',
	saveSvg: '保存 SVG',
	savePng: '保存 PNG',
	saveFailed: '保存图片失败：{error}',
	total: '合计'
};
const base = { labels, emptyMessage: '当前筛选条件下没有条目', caption: '按条目数' };
let cleanups: (() => void)[] = [];
function mounted(...args: Parameters<typeof render>) {
	const r = render(...args);
	cleanups.push(r.destroy);
	return r.target;
}
const all = (root: Element, sel: string) => [...root.querySelectorAll(sel)];
const round = (el: Element, ...attrs: string[]) =>
	attrs.map((a) => Math.round(Number(el.getAttribute(a))));

beforeAll(stubResizeObserver);
afterEach(() => {
	cleanups.forEach((c) => c());
	cleanups = [];
});

type Top = { name: string; items: number };
const top: Top[] = [
	{ name: '半导体照明产业技术创新战略联盟', items: 12 },
	{ name: '茶产业联盟', items: 5 },
	{ name: '汽车轻量化联盟', items: 1 }
];
const bar = (rows: Top[], extra: Record<string, unknown> = {}) =>
	mounted(BarChart, {
		...base,
		rows,
		title: '供稿最多的联盟',
		label: (d: Top) => d.name,
		value: (d: Top) => d.items,
		categoryLabel: '联盟',
		valueLabel: '条目数',
		...extra
	});

describe.skipIf(!svelteInBrowserBuild)('BarChart', () => {
	it('draws one focusable, labelled bar per row inside a captioned figure', () => {
		const t = bar(top);
		expect(t.querySelector('figcaption')?.textContent).toContain('供稿最多的联盟');
		const bars = all(t, 'rect.bar');
		expect(bars).toHaveLength(3);
		expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
			'半导体照明产业技术创新战略联盟 · 条目数 12',
			'茶产业联盟 · 条目数 5',
			'汽车轻量化联盟 · 条目数 1'
		]);
		expect(bars.every((b) => b.getAttribute('tabindex') === '0')).toBe(true);
		// 640 px fallback width less margins = 584 px for the largest value, 12
		expect(bars.map((b) => round(b, 'y', 'width', 'height'))).toEqual([
			[16, 584, 16],
			[52, 243, 16],
			[88, 49, 16]
		]);
	});

	it('says the empty message instead of drawing an empty box', () => {
		const t = bar([]);
		expect(t.querySelector('svg')).toBeNull();
		expect(t.querySelector('.empty')?.textContent).toBe('当前筛选条件下没有条目');
	});

	it('toggles the data table built from the same rows', () => {
		const t = bar(top);
		expect(t.querySelector('table.data-table')).toBeNull();
		clickButton(t, '表格');
		const table = t.querySelector('table.data-table')!;
		expect(all(table, 'thead th').map((th) => th.textContent)).toEqual(['联盟', '条目数']);
		expect(all(table, 'tbody tr').map((tr) => tr.textContent)).toEqual([
			'半导体照明产业技术创新战略联盟12',
			'茶产业联盟5',
			'汽车轻量化联盟1'
		]);
		expect(t.querySelector('button[aria-pressed="true"]')?.textContent).toBe('表格');
		clickButton(t, '表格');
		expect(t.querySelector('table.data-table')).toBeNull();
	});

	it('shows the tooltip on keyboard focus and hides it on blur', () => {
		const t = bar(top);
		const second = all(t, 'rect.bar')[1] as SVGRectElement;
		second.dispatchEvent(new FocusEvent('focus'));
		flushSync();
		expect(t.querySelector('.tooltip')?.textContent).toContain('茶产业联盟');
		expect(t.querySelector('.tooltip')?.textContent).toContain('5');
		second.dispatchEvent(new FocusEvent('blur'));
		flushSync();
		expect(t.querySelector('.tooltip')).toBeNull();
	});

	it('calls onselect on click and on Enter; bars are buttons then', () => {
		const onselect = vi.fn();
		const t = bar(top, { onselect });
		const first = all(t, 'rect.bar')[0]!;
		expect(first.getAttribute('role')).toBe('button');
		first.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
		expect(onselect.mock.calls).toEqual([[top[0]], [top[0]]]);
	});
});

type Count = { issue: string; section: string; n: number };
const counts: Count[] = [
	{ issue: '2026-01', section: 'policy', n: 2 },
	{ issue: '2026-01', section: 'alliance', n: 6 },
	{ issue: '2026-02', section: 'policy', n: 1 },
	{ issue: '2026-02', section: 'liaison', n: 3 },
	{ issue: '2026-02', section: 'alliance', n: 4 }
];
const sectionName: Record<string, string> = {
	policy: '重要政策动态',
	liaison: '联盟联络组及协发网动态',
	alliance: '试点联盟动态'
};
const series = {
	...base,
	rows: counts,
	x: (d: Count) => d.issue,
	series: (d: Count) => d.section,
	value: (d: Count) => d.n,
	seriesOrder: ['policy', 'liaison', 'alliance'],
	seriesLabel: (k: string) => sectionName[k]!,
	xLabel: '期次',
	yLabel: '条目数',
	seriesName: '栏目'
};

describe.skipIf(!svelteInBrowserBuild)('StackedBarChart', () => {
	it('draws a segment per non-zero value, a legend per series, and a table with totals', () => {
		const t = mounted(StackedBarChart, { ...series, title: '每期条目数' });
		expect(all(t, 'rect.segment')).toHaveLength(5);
		expect(all(t, '.legend text').map((e) => e.textContent)).toEqual(Object.values(sectionName));
		clickButton(t, '表格');
		expect(
			all(t, 'table.data-table tbody tr').map((tr) => [...tr.children].map((c) => c.textContent))
		).toEqual([
			['2026-01', '2', '0', '6', '8'],
			['2026-02', '1', '3', '4', '8']
		]);
	});
});

describe.skipIf(!svelteInBrowserBuild)('LineChart and StackedAreaChart', () => {
	it('lines: one path per series and one focusable column per x, zero-filled by xOrder', () => {
		const t = mounted(LineChart, {
			...series,
			title: '按月',
			xOrder: ['2025-12', '2026-01', '2026-02']
		});
		expect(all(t, 'path.line')).toHaveLength(3);
		const columns = all(t, 'rect.column');
		expect(columns).toHaveLength(3);
		expect(columns[0]!.getAttribute('aria-label')).toBe(
			'2025-12 · 重要政策动态 0 · 联盟联络组及协发网动态 0 · 试点联盟动态 0'
		);
	});

	it('stacked: areas instead of lines, and a total in the tooltip', () => {
		const t = mounted(StackedAreaChart, { ...series, title: '按月' });
		expect(all(t, 'path.area')).toHaveLength(3);
		expect(all(t, 'path.line')).toHaveLength(0);
		all(t, 'rect.column')[1]!.dispatchEvent(new FocusEvent('focus'));
		flushSync();
		expect(t.querySelector('.tooltip')?.textContent).toContain('合计8');
	});
});

type Cell = { alliance: string; month: string; n: number };
describe.skipIf(!svelteInBrowserBuild)('HeatMap', () => {
	const cells: Cell[] = [
		{ alliance: 'tea', month: '2026-01', n: 3 },
		{ alliance: 'tea', month: '2026-03', n: 1 },
		{ alliance: 'auto', month: '2026-02', n: 2 }
	];
	const heat = (extra: Record<string, unknown> = {}) =>
		mounted(HeatMap, {
			...base,
			rows: cells,
			title: '联盟 × 月份',
			row: (d: Cell) => d.alliance,
			column: (d: Cell) => d.month,
			value: (d: Cell) => d.n,
			rowOrder: ['tea', 'auto', 'silent'],
			columnOrder: ['2026-01', '2026-02', '2026-03', '2026-04'],
			rowsName: '联盟',
			columnsName: '月份',
			valueLabel: '条目数',
			...extra
		});

	it('fills every row × column, zero cells marked distinct', () => {
		const t = heat();
		expect(all(t, 'rect.cell')).toHaveLength(12);
		expect(all(t, 'rect.cell.zero')).toHaveLength(9);
		expect(all(t, 'rect.cell:not(.zero)').map((c) => c.getAttribute('aria-label'))).toEqual([
			'tea · 2026-01 · 条目数 3',
			'tea · 2026-03 · 条目数 1',
			'auto · 2026-02 · 条目数 2'
		]);
	});

	it('calls onselectrow from a row label and onselectcell from a cell', () => {
		const onselectrow = vi.fn();
		const onselectcell = vi.fn();
		const t = heat({ onselectrow, onselectcell });
		const rowLabels = all(t, 'g.row-label[role="button"]');
		expect(rowLabels).toHaveLength(3);
		rowLabels[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		all(t, 'rect.cell')[1]!.dispatchEvent(
			new KeyboardEvent('keydown', { key: ' ', bubbles: true })
		);
		expect(onselectrow.mock.calls).toEqual([['silent']]);
		expect(onselectcell.mock.calls).toEqual([['tea', '2026-02', 0]]);
	});

	it('row labels are plain text when nothing listens', () => {
		expect(all(heat(), 'g.row-label[tabindex]')).toHaveLength(0);
	});
});

type Item = { title: string; date: string | null; section: string };
describe.skipIf(!svelteInBrowserBuild)('Timeline', () => {
	const items: Item[] = [
		{ title: '联盟召开理事会', date: '2026-03-12', section: 'alliance' },
		{ title: '同日另一条', date: '2026-03-12', section: 'alliance' },
		{ title: '政策发布', date: '2026-01-05', section: 'policy' },
		{ title: '日期不详', date: null, section: 'alliance' }
	];
	const timeline = (rows: Item[], extra: Record<string, unknown> = {}) =>
		mounted(Timeline, {
			...base,
			rows,
			title: '时间线',
			date: (d: Item) => d.date,
			label: (d: Item) => d.title,
			lane: (d: Item) => d.section,
			laneLabel: (k: string) => sectionName[k]!,
			dateName: '日期',
			itemName: '条目',
			laneName: '栏目',
			undatedMessage: (n: number) => `${n} 条没有可用日期`,
			...extra
		});

	it('draws a dot per dated item, dodges same-day dots and says how many were left off', () => {
		const onselect = vi.fn();
		const t = timeline(items, { onselect });
		const dots = all(t, 'circle.dot');
		expect(dots).toHaveLength(3);
		expect(dots[0]!.getAttribute('cx')).toBe(dots[1]!.getAttribute('cx'));
		expect(dots[0]!.getAttribute('cy')).not.toBe(dots[1]!.getAttribute('cy'));
		expect(t.querySelector('.note')?.textContent).toBe('1 条没有可用日期');
		dots[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		expect(onselect).toHaveBeenCalledWith(items[2]);
	});

	it('is empty (with the note) when no item has a date', () => {
		const t = timeline([items[3]!]);
		expect(t.querySelector('.empty')?.textContent).toBe('当前筛选条件下没有条目');
		expect(t.querySelector('.note')?.textContent).toBe('1 条没有可用日期');
	});
});
