import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { reportCsv } from '../../../scripts/report';
import { loadRegistry } from '../registry/registry-node';
import {
	buildReport,
	parseReportArgs,
	ReportArgsError,
	ReportInputError,
	type ReportArgs
} from './report-node';
import { reportColumns } from './report';

const DEFAULTS: ReportArgs = {
	year: 2026,
	out: null,
	data: 'data/bulletins',
	real: false,
	locale: 'zh-CN'
};

describe('parseReportArgs', () => {
	it.each([
		[['--year', '2026'], DEFAULTS],
		[
			['--year=2025', '--out', 'r.csv', '--data', 'x', '--real', '--locale', 'en'],
			{ year: 2025, out: 'r.csv', data: 'x', real: true, locale: 'en' }
		]
	])('%j', (argv, args) => {
		expect(parseReportArgs(argv)).toEqual(args);
	});

	it('returns null for --help', () => {
		expect(parseReportArgs(['--year', '2026', '--help'])).toBeNull();
	});

	it.each([
		[[], '--year is required'],
		[['--year', '26'], '--year must be a four-digit year such as 2026, got “26”'],
		[['--year', 'next'], 'got “next”'],
		[['--year', '1066'], 'got “1066”'],
		[['--year'], '--year needs a value'],
		[['--year', '2026', '--year', '2025'], '--year given twice'],
		[['--year', '2026', '--locale', 'fr'], '--locale must be zh-CN or en'],
		[['--year', '2026', '--format', 'xlsx'], 'unknown argument “--format”']
	])('%j → %s', (argv, message) => {
		expect(() => parseReportArgs(argv)).toThrow(ReportArgsError);
		expect(() => parseReportArgs(argv)).toThrow(message);
	});
});

describe('buildReport', () => {
	const empty = mkdtempSync(join(tmpdir(), 'pulse-report-'));
	afterAll(() => rmSync(empty, { recursive: true, force: true }));

	it.each([
		[{ data: 'no/such/folder' }, 'bulletin folder not found: no/such/folder'],
		[{ data: empty }, `no bulletin files (.txt, .docx, .pdf) in ${empty}`],
		[{ year: 2019 }, 'no issues of 2019 in data/bulletins (years with issues: 2026)']
	])('refuses %j', async (change, message) => {
		const error = await buildReport({ ...DEFAULTS, ...change }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ReportInputError);
		expect((error as Error).message).toBe(message);
	});
});

describe('npm run report -- --year 2026', () => {
	it('writes BOM, header lines, the columns and one row per registered alliance', async () => {
		const { csv, result } = await reportCsv(DEFAULTS, new Date('2026-04-21T02:30:00Z'));
		expect(csv.startsWith('\uFEFF报表,')).toBe(true);
		const [head, table] = csv.slice(1).split('\r\n\r\n') as [string, string];
		const meta = Object.fromEntries(Papa.parse<string[]>(head).data);
		expect(meta).toMatchObject({
			年度: '2026',
			当年期数: '1',
			模型版本: '2026.1',
			条目范围: '全部简报',
			'生成时间（北京时间）': '2026-04-21 10:30'
		});
		expect(meta['数据版本']).toMatch(/^1 issues, latest 2026-01, md5 [0-9a-f]{8}$/);
		const rows = Papa.parse<Record<string, string>>(table.trim(), { header: true }).data;
		expect(Object.keys(rows[0]!)).toEqual(reportColumns('zh-CN').map((c) => c.label));
		const registry = loadRegistry('data').alliances;
		expect(rows.map((r) => r['联盟编号']).sort()).toEqual(registry.map((a) => a.id).sort());
		expect(rows.filter((r) => r['供稿条目'] === '1')).toHaveLength(15);
		expect(rows.filter((r) => r['参考分'] === '0' && r['参考等级'] === '不活跃')).toHaveLength(
			registry.length - 15
		);
		expect(rows[0]!['联盟编号']).toBe(result.alliances[0]!.allianceId);
	});

	it('runs as a command: exit 0 and CSV with BOM on standard output', () => {
		const run = spawnSync('npx', ['tsx', 'scripts/report.ts', '--year', '2026'], {
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout.startsWith('\uFEFF')).toBe(true);
		expect(run.stdout).toContain('联盟编号,联盟名称');
		expect(run.stderr).toContain('report: 2026, 1 issue, 46 alliances');
	});

	it('exits 2 with the usage for a bad --year', () => {
		const run = spawnSync('npx', ['tsx', 'scripts/report.ts', '--year', 'soon'], {
			encoding: 'utf8',
			timeout: 60_000
		});
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toContain('--year must be a four-digit year such as 2026, got “soon”');
		expect(run.stderr).toContain('usage: npm run report');
	});
});
