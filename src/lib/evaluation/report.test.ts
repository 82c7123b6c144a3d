import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from '../../../scripts/report';
import { defaultConfig } from './config';
import { explainModel } from './explain';
import { evaluateInput } from './model';
import { chinaMinute, REPORT_KEYS, reportColumns, reportMeta, reportRows } from './report';
import type { EvaluationInput } from './types';

const input: EvaluationInput = {
	year: 2025,
	issues: [
		{ id: '2025-01', number: 1, date: '2025-02-10' },
		{ id: '2025-02', number: 2, date: '2025-05-10' }
	],
	alliances: [
		{ id: 'steel', name: '钢铁可循环流程技术创新战略联盟' },
		{ id: 'silent', name: '=HYPERLINK("x")联盟' }
	],
	items: [
		{
			allianceId: 'steel',
			itemId: '2025-01-03',
			issueId: '2025-01',
			seq: 3,
			dimensions: ['innovation']
		},
		{
			allianceId: 'steel',
			itemId: '2025-02-01',
			issueId: '2025-02',
			seq: 1,
			dimensions: ['exchange', 'industry']
		}
	]
};
const previous: EvaluationInput = {
	...input,
	year: 2024,
	issues: [{ id: '2024-01', number: 1, date: null }],
	items: []
};
const result = evaluateInput(input, previous, defaultConfig);

describe('reportRows', () => {
	it('gives one row per alliance with the report columns', () => {
		const rows = reportRows(result, 'zh-CN');
		expect(rows).toHaveLength(2);
		const steel = result.alliances[0]!;
		expect(rows[0]).toEqual({
			allianceId: 'steel',
			name: '钢铁可循环流程技术创新战略联盟',
			items: 2,
			issuesPresent: 2,
			organisation: 0,
			innovation: steel.dimensions.innovation.score,
			industry: steel.dimensions.industry.score,
			exchange: steel.dimensions.exchange.score,
			regularity: 15,
			recency: 5,
			score: steel.score,
			grade: steel.gradeZh,
			change: steel.score,
			evidence: '2025-01-03 2025-02-01'
		});
		expect(Object.keys(rows[0]!)).toEqual([...REPORT_KEYS]);
		expect(reportRows(result, 'en')[1]).toMatchObject({
			grade: 'Inactive',
			change: 0,
			evidence: ''
		});
	});

	it('labels the columns in both languages', () => {
		expect(reportColumns('zh-CN').map((c) => c.label)).toEqual([
			'联盟编号',
			'联盟名称',
			'供稿条目',
			'出现期数',
			'组织运行',
			'协同创新',
			'服务产业',
			'宣传交流合作',
			'供稿规律性',
			'近期活跃',
			'参考分',
			'参考等级',
			'较上年变化',
			'证据条目'
		]);
		expect(reportColumns('en').map((c) => c.key)).toEqual([...REPORT_KEYS]);
	});

	it('records year, versions, filter and time in the header lines', () => {
		const meta = reportMeta(
			result,
			{ dataVersion: '2 issues', real: true, generated: '2026-01-02 08:05' },
			'en'
		);
		expect(Object.fromEntries(meta)).toMatchObject({
			Year: '2025',
			'Issues in year': '2',
			'Data version': '2 issues',
			'Model version': '2026.1',
			Items: 'real issues only (synthetic excluded)',
			'Generated (China time)': '2026-01-02 08:05'
		});
		expect(
			reportMeta(result, { dataVersion: 'x', real: false, generated: 'y' }, 'zh-CN')[0]![1]
		).toContain('非官方评价结果');
	});
});

describe('chinaMinute', () => {
	it.each([
		['2026-01-01T16:05:00Z', '2026-01-02 00:05'],
		['2025-12-31T15:59:59Z', '2025-12-31 23:59'],
		['2026-06-30T23:30:00Z', '2026-07-01 07:30'],
		['2024-02-28T16:00:00Z', '2024-02-29 00:00']
	])('%s → %s', (iso, text) => {
		expect(chinaMinute(new Date(iso))).toBe(text);
	});
});

describe('safeCell', () => {
	it.each([
		['=SUM(A1)', "'=SUM(A1)"],
		['+86 10', "'+86 10"],
		['-1', "'-1"],
		['@cmd', "'@cmd"],
		['\tx', "'\tx"],
		['\rx', "'\rx"],
		['半导体照明联盟', '半导体照明联盟'],
		['a=b', 'a=b'],
		['', ''],
		[-6.5, -6.5],
		[0, 0],
		[null, '']
	] as const)('%j → %j', (value, cell) => {
		expect(safeCell(value)).toBe(cell);
	});
});

describe('toCsv', () => {
	it('writes BOM, header lines, a blank line, then the table with inert formulas', () => {
		const csv = toCsv({
			meta: [
				['年度', '2025'],
				['备注', 'a, "b"']
			],
			columns: [
				{ key: 'name', label: '名称' },
				{ key: 'change', label: '变化' }
			],
			rows: [
				{ name: '=1+1', change: -3.5 },
				{ name: '钢铁联盟', change: null }
			]
		});
		expect(csv).toBe(
			'\uFEFF年度,2025\r\n备注,"a, ""b"""\r\n\r\n名称,变化\r\n\'=1+1,-3.5\r\n钢铁联盟,\r\n'
		);
	});

	it('keeps a report with a formula-like alliance name inert', () => {
		const csv = toCsv({ meta: [], columns: reportColumns('en'), rows: reportRows(result, 'en') });
		expect(csv).toContain(`silent,"'=HYPERLINK(""x"")联盟"`);
	});
});

describe('explainModel', () => {
	it.each(['zh-CN', 'en'] as const)(
		'says in %s that the score is supporting evidence, with the shipped numbers',
		(locale) => {
			const text = explainModel(locale);
			expect(text.disclaimer).toMatch(locale === 'en' ? /not the official/ : /不是官方/);
			expect(text.steps).toHaveLength(7);
			const all = text.steps.join('\n');
			for (const n of ['86', '75', '65', '85.9']) expect(all).toContain(n);
			expect(text.title).toContain('2026.1');
			expect(all).toContain('21.0');
		}
	);
});
