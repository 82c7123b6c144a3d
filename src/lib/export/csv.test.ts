import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportFileName, safeCell, toCsv } from './csv';

describe('safeCell', () => {
	it.each([
		['=SUM(A1)', "'=SUM(A1)"],
		['+86 10', "'+86 10"],
		['-1', "'-1"],
		['@cmd', "'@cmd"],
		['\tx', "'\tx"],
		['\rx', "'\rx"],
		['半导体照明', '半导体照明'],
		['a=b', 'a=b']
	])('%j becomes %j', (input, output) => expect(safeCell(input)).toBe(output));

	it('keeps numbers as numbers, including negative ones', () => {
		expect(safeCell(-11.5)).toBe(-11.5);
		expect(safeCell(null)).toBe('');
		expect(safeCell(Number.NaN)).toBe('');
	});
});

describe('toCsv', () => {
	const csv = toCsv({
		meta: [
			['筛选', '联盟=wapi'],
			['数据版本', 'abc']
		],
		columns: [
			{ key: 'name', label: '联盟' },
			{ key: 'items', label: '条目数' },
			{ key: 'ids', label: '条目' }
		],
		rows: [
			{ name: '=HYPERLINK("x")', items: 3, ids: ['2026-01-01', '2026-01-02'] },
			{ name: '含,逗号和"引号"', items: 0, ids: [] }
		]
	});

	it('starts with the UTF-8 BOM and uses CRLF', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv).toContain('\r\n');
	});

	it('reads back as the meta block, a blank line, the header and the rows', () => {
		const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: false }).data;
		expect(rows[0]).toEqual(['筛选', '联盟=wapi']);
		expect(rows[2]).toEqual(['']);
		expect(rows[3]).toEqual(['联盟', '条目数', '条目']);
		expect(rows[4]).toEqual(['\'=HYPERLINK("x")', '3', '2026-01-01 2026-01-02']);
		expect(rows[5]).toEqual(['含,逗号和"引号"', '0', '']);
	});
});

describe('exportFileName', () => {
	it.each([
		['联盟排行', '2025-01', '2025-12', '2026-11-24', '联盟排行_2025-01_2025-12_20261124.csv'],
		['条目', null, null, '2026-11-24', '条目_全部_20261124.csv'],
		['a/b c', '2025-01', null, '2026-11-24', 'a-b-c_2025-01_今_20261124.csv']
	])('%s %s %s', (view, from, to, today, name) =>
		expect(exportFileName(view, from, to, today)).toBe(name)
	);
});
