import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadParseContext } from '../bulletin/context-node';
import {
	csvIssues,
	csvPrefix,
	csvPrefixOf,
	guessMapping,
	mapCsvRows,
	parseItemDate,
	parseSection,
	readCsvTable,
	type CsvMapping
} from './csv-items';

const ctx = loadParseContext('data');

describe('parseItemDate', () => {
	it.each([
		['2025-03-04', '2025-03-04'],
		['2025-3-4', '2025-03-04'],
		['2025/3/4', '2025-03-04'],
		['2025.03.04', '2025-03-04'],
		['2025年3月4日', '2025-03-04'],
		['2025 年 3 月 4 日', '2025-03-04'],
		['２０２５－０３－０４', '2025-03-04'],
		['2025-03-04 00:00:00', '2025-03-04'],
		['2024-02-29', '2024-02-29'],
		['2025-02-29', null],
		['2025-13-01', null],
		['2025年3月', null],
		['45720', null],
		['3/4/2025', null],
		['', null]
	])('%s → %s', (text, expected) => {
		expect(parseItemDate(text)).toBe(expected);
	});
});

describe('parseSection', () => {
	it.each([
		['policy', 'policy'],
		['重要政策动态', 'policy'],
		['政策', 'policy'],
		['联盟联络组及协发网动态', 'liaison'],
		['联络组', 'liaison'],
		['Alliance', 'alliance'],
		['试点联盟动态', 'alliance'],
		['其他', null]
	])('%s → %s', (text, expected) => {
		expect(parseSection(text)).toBe(expected);
	});
});

describe('guessMapping', () => {
	it.each([
		[
			['标题', '正文', '日期', '联盟', '栏目', '供稿单位'],
			{ title: 0, body: 1, date: 2, alliance: 3, section: 4, contributor: 5 }
		],
		[
			['Date', 'Title', 'Content', 'Alliance', 'Section', 'Contributor'],
			{ title: 1, body: 2, date: 0, alliance: 3, section: 4, contributor: 5 }
		],
		[
			['序号', '活动日期', '条目标题', '内容摘要', '所属联盟'],
			{ title: 2, body: 3, date: 1, alliance: 4, section: null, contributor: null }
		],
		[
			['\uFEFF标题', '内容'],
			{ title: 0, body: 1, date: null, alliance: null, section: null, contributor: null }
		],
		[
			['a', 'b'],
			{ title: null, body: null, date: null, alliance: null, section: null, contributor: null }
		]
	])('%j', (headers, expected) => {
		expect(guessMapping(headers)).toEqual({ ...expected, defaultSection: 'alliance' });
	});
});

describe('readCsvTable', () => {
	it('gives each row the line it starts on, across quoted line breaks and blank lines', () => {
		const table = readCsvTable('标题,正文\n甲,"一\n二"\n\n乙,三\r\n丙,四');
		expect(table.headers).toEqual(['标题', '正文']);
		expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
			[2, '甲'],
			[5, '乙'],
			[6, '丙']
		]);
	});
	it('reads TSV and stops at the limit', () => {
		const table = readCsvTable('标题\t日期\n甲\t2025-01-01\n乙\t2025-01-02\n丙\t2025-01-03', {
			limit: 2
		});
		expect(table.delimiter).toBe('\t');
		expect(table.rows.map((r) => r.cells)).toEqual([
			['甲', '2025-01-01'],
			['乙', '2025-01-02']
		]);
	});
});

describe('mapCsvRows', () => {
	const mapping: CsvMapping = {
		title: 0,
		body: 1,
		date: 2,
		alliance: 3,
		section: 4,
		contributor: null,
		defaultSection: 'alliance'
	};
	it('lists every bad row with its line and keeps the good ones', () => {
		const table = readCsvTable(
			[
				'标题,正文,日期,联盟,栏目',
				'好,内容,2025-03-04,半导体照明联盟,',
				',没有标题,2025-03-04,,',
				'无日期,内容,,,',
				'坏日期,内容,2025-02-30,,',
				'坏栏目,内容,2025-03-05,,其他',
				'政策条,内容,2025年3月6日,,政策'
			].join('\n')
		);
		const { rows, errors } = mapCsvRows(table, mapping);
		expect(errors).toEqual([
			{ line: 3, code: 'missing-title', value: '' },
			{ line: 4, code: 'missing-date', value: '' },
			{ line: 5, code: 'bad-date', value: '2025-02-30' },
			{ line: 6, code: 'bad-section', value: '其他' }
		]);
		expect(rows.map((r) => [r.line, r.title, r.date, r.section, r.alliance])).toEqual([
			[2, '好', '2025-03-04', 'alliance', '半导体照明联盟'],
			[7, '政策条', '2025-03-06', 'policy', null]
		]);
	});
});

describe('csvIssues', () => {
	it('makes one pseudo-issue per month, resolves alliances and tags activity types like a bulletin', () => {
		const csv = readFileSync('tests/fixtures/items.csv', 'utf8');
		const table = readCsvTable(csv);
		const { rows, errors } = mapCsvRows(table, guessMapping(table.headers));
		const issues = csvIssues(rows, ctx, 'csv', 'items.csv');
		expect(
			issues.map((i) => [i.issue.id, i.items.length, i.issue.date, i.issue.synthetic])
		).toEqual([
			['csv-2025-11', 2, '2025-11-20', false],
			['csv-2025-12', 2, '2025-12-18', false]
		]);
		expect(errors.map((e) => [e.line, e.code])).toEqual([
			[6, 'missing-title'],
			[7, 'bad-date']
		]);
		const first = issues[0]!.items[0]!;
		expect(first.id).toBe('csv-2025-11-01');
		expect(first.alliances.filter((a) => a.role === 'contributor').map((a) => a.id)).toEqual([
			'semiconductor-lighting'
		]);
		expect(first.topics.length).toBeGreaterThan(0);
		expect(first.eventDate).toBe('2025-11-05');
		expect(first.eventPrecision).toBe('day');
	});
	it('flags a name the registry does not know, with suggestions', () => {
		const issues = csvIssues(
			[
				{
					line: 2,
					title: '召开年会',
					body: '',
					date: '2025-01-02',
					alliance: '某某不存在的产业联盟',
					section: 'alliance',
					contributor: null
				}
			],
			ctx,
			'csv2',
			'x.csv'
		);
		expect(issues[0]!.issue.id).toBe('csv2-2025-01');
		expect(issues[0]!.unresolved.map((u) => u.text)).toEqual(['某某不存在的产业联盟']);
		expect(issues[0]!.warnings.some((w) => w.code === 'unresolved-name')).toBe(true);
	});
});

describe('csv prefixes', () => {
	it.each([
		[[], 'csv'],
		[['csv'], 'csv2'],
		[['csv', 'csv2', 'csv4'], 'csv3']
	])('%j → %s', (taken, expected) => expect(csvPrefix(taken)).toBe(expected));
	it.each([
		['csv-2025-03', 'csv'],
		['csv12-2025-03', 'csv12'],
		['2025-03', null],
		['csv-2025-03-01', null]
	])('%s → %s', (id, expected) => expect(csvPrefixOf(id)).toBe(expected));
});
