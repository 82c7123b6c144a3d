// The alliances page as a person uses it: the ranking and heat map for a URL with filters match the
// engine's answers, sorting and grain live in the URL, clicks open the alliance or its items, exports match.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/types';
import { allianceMatrix } from '../../src/lib/queries/matrix';
import { ranking, type RankingRow } from '../../src/lib/queries/ranking';
import { noFilters, type QueryFilters } from '../../src/lib/queries/where';
import { parseRankingSort, sortRanking } from '../../src/routes/alliances/ranking-sort';
import { openDatasetDb } from './engine';
import { launchChromium, openPage, screenshot, waitReady, type TestPage } from './harness';

const FILTERS = '?from=2020-01&to=2022-12&section=alliance';
const f: QueryFilters = { ...noFilters(), from: '2020-01', to: '2022-12', section: 'alliance' };

let browser: Browser;
let db: Db;
let rank: RankingRow[];
/** One page on FILTERS shared by the tests below, in order (starting DuckDB is the slow part). */
let filtered: TestPage;
beforeAll(async () => {
	[browser, db] = await Promise.all([launchChromium(), openDatasetDb()]);
	rank = await ranking(db, f);
	filtered = await openPage(browser, `/alliances${FILTERS}`);
});
afterAll(async () => {
	await browser?.close();
	await db?.close();
});

/** The ranking table's rows as [id, items, issues]. */
async function tableRows(page: Page): Promise<[string, number, number][]> {
	return page.$$eval('table.ranking tbody tr.row', (trs) =>
		trs.map((tr) => [
			(tr as HTMLElement).dataset.id!,
			Number(tr.querySelector('[data-col="items"]')!.textContent),
			Number(tr.querySelector('[data-col="issues"]')!.textContent)
		])
	) as Promise<[string, number, number][]>;
}

const expected = (rows: RankingRow[], sort: string | null) =>
	sortRanking(rows, parseRankingSort(sort)).map((r) => [r.allianceId, r.items, r.issuesPresent]);

/** Click an export button and read the CSV it downloads: the raw text, and the table after the meta block. */
async function downloadCsv(
	page: Page,
	button: Locator
): Promise<{ text: string; header: string[]; rows: string[][] }> {
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const text = readFileSync((await download.path())!, 'utf8');
	const table = text.replace(/^\uFEFF/, '').split('\r\n\r\n')[1]!;
	const [header, ...rows] = Papa.parse<string[]>(table.trim()).data;
	return { text, header: header!, rows };
}

describe('alliances page', () => {
	it('reaches ready with no console error and no request to another host; the keyboard reaches every control', async () => {
		const { page, errors, foreign } = await openPage(browser, '/alliances');
		await expect(page.locator('main h1').textContent()).resolves.toBe('联盟');
		const rows = await tableRows(page);
		expect(rows).toHaveLength(46);
		await expect(page.locator('tr.silent .badge.silent').count()).resolves.toBe(
			rows.filter((r) => r[1] === 0).length
		);
		await screenshot(page, 'alliances');

		const wanted = [
			'sort:items',
			'sort:gap',
			'sort:types',
			'row-link',
			'grain',
			'export-0',
			'export-1'
		];
		const seen = new Set<string>();
		for (let i = 0; i < 250 && seen.size < wanted.length; i++) {
			await page.keyboard.press('Tab');
			const id = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || !el.closest('main')) return null;
				if (el.dataset.sort) return `sort:${el.dataset.sort}`;
				if (el.closest('table.ranking tbody') && el.tagName === 'A') return 'row-link';
				if (el.id === 'alliances-grain') return 'grain';
				if (el.classList.contains('export'))
					return `export-${[...document.querySelectorAll('main button.export')].indexOf(el)}`;
				return null;
			});
			if (id && wanted.includes(id)) seen.add(id);
		}
		expect([...seen].sort()).toEqual([...wanted].sort());
		// Enter on a focused header sorts.
		await page.locator('button[data-sort="items"]').focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/sort=items/);

		const phone = await openPage(browser, '/alliances', { width: 390, height: 844 });
		await screenshot(phone.page, 'alliances-390');
		expect([...errors, ...phone.errors]).toEqual([]);
		expect([...foreign, ...phone.foreign]).toEqual([]);
		await page.context().close();
		await phone.page.context().close();
	});

	it('shows the engine’s ranking and matrix for a URL with filters, silent alliances last and zero-filled', async () => {
		const { page } = filtered;
		expect(await tableRows(page)).toEqual(expected(rank, null));
		const silent = rank.filter((r) => r.items === 0).length;
		expect(silent).toBeGreaterThan(0);
		expect((await tableRows(page)).slice(-silent).every((r) => r[1] === 0)).toBe(true);
		// 36 months: quarters by default, every alliance a row, every quarter a column.
		await expect(page.locator('#alliances-grain').inputValue()).resolves.toBe('quarter');
		const matrix = await allianceMatrix(db, f, 'quarter');
		expect(matrix.periods).toHaveLength(12);
		await expect(page.locator('svg rect.cell').count()).resolves.toBe(46 * 12);
		await expect(page.locator('svg rect.cell.zero').count()).resolves.toBe(
			matrix.rows.flatMap((r) => r.counts).filter((n) => n === 0).length
		);
		const csv = await downloadCsv(page, page.locator('main button.export').nth(1));
		expect(csv.header.slice(0, 3)).toEqual(['联盟', '标识', '2020年第1季度']);
		expect(csv.rows.map((r) => [r[1], ...r.slice(2).map(Number)])).toEqual(
			matrix.rows.map((r) => [r.allianceId, ...r.counts, r.total])
		);
	});

	it('exports the ranking exactly as the table shows it, with a BOM and Chinese intact', async () => {
		const { page } = filtered;
		const csv = await downloadCsv(page, page.locator('main button.export').first());
		expect(csv.text.startsWith('\uFEFF')).toBe(true);
		expect(csv.text).toContain('联盟排行');
		expect(csv.text).toContain('section=alliance');
		expect(csv.header).toEqual([
			'序号',
			'联盟',
			'全称',
			'标识',
			'条目数',
			'出现期数',
			'占比',
			'首次供稿',
			'最近供稿',
			'距最新一期（天）',
			'最长空档（期）',
			'活动类型',
			'状态'
		]);
		const shown = await page.$$eval('table.ranking tbody tr.row', (trs) =>
			trs.map((tr) => [...tr.children].map((c) => (c.querySelector('a') ?? c).textContent!.trim()))
		);
		expect(csv.rows.map((r) => [r[0], r[1], ...r.slice(4, 12)])).toEqual(shown);
		expect(csv.rows.filter((r) => r[12] === '无供稿').length).toBe(
			shown.filter((r) => r[2] === '0').length
		);
		expect(csv.rows[0]![2]).toMatch(/产业技术创新战略联盟$/);
	});

	it('sorts by a clicked header, keeps the sort in the URL, and Back undoes it', async () => {
		const { page } = filtered;
		const header = page.locator('button[data-sort="gap"]');
		const started = Date.now();
		await header.click();
		await page.waitForURL(/sort=-gap/);
		await waitReady(page);
		expect(Date.now() - started).toBeLessThan(2000);
		expect(await tableRows(page)).toEqual(expected(rank, '-gap'));
		await expect(
			page.locator('th[aria-sort="descending"] button').getAttribute('data-sort')
		).resolves.toBe('gap');
		await header.click();
		await page.waitForURL(/sort=gap/);
		expect(await tableRows(page)).toEqual(expected(rank, 'gap'));
		await page.locator('button[data-sort="share"]').click();
		await page.waitForURL(/sort=-share/);
		expect(await tableRows(page)).toEqual(expected(rank, '-share'));
		await page.goBack();
		await page.waitForURL(/sort=gap/);
		expect(await tableRows(page)).toEqual(expected(rank, 'gap'));
	});

	it('changes the grain through the URL and opens a cell’s items or an alliance on click', async () => {
		const { page, errors } = filtered;
		await page.locator('#alliances-grain').selectOption('year');
		await page.waitForURL(/grain=year/);
		await waitReady(page);
		await expect(page.locator('svg rect.cell').count()).resolves.toBe(46 * 3);
		await page.locator('#alliances-grain').selectOption('issue');
		await page.waitForURL(/grain=issue/);
		await waitReady(page);
		const matrix = await allianceMatrix(db, f, 'issue');
		const issues = matrix.periods.length;
		await expect(page.locator('svg rect.cell').count()).resolves.toBe(46 * issues);

		// A non-zero cell of the top alliance opens the items of that alliance in that issue's month.
		const [top] = sortRanking(rank, parseRankingSort(null));
		const row = matrix.rows.find((r) => r.allianceId === top!.allianceId)!;
		const column = row.counts.findIndex((n) => n > 0);
		const [issue] = await db.query<{ month: string }>(
			"SELECT strftime(date, '%Y-%m') AS month FROM issues WHERE id = ?",
			[matrix.periods[column]!]
		);
		await page
			.locator('svg rect.cell')
			.nth(matrix.rows.indexOf(row) * issues + column)
			.click();
		await page.waitForURL(/\/items\?/);
		const url = new URL(page.url());
		expect(url.searchParams.getAll('alliance')).toEqual([top!.allianceId]);
		expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([
			issue!.month,
			issue!.month
		]);
		expect(url.searchParams.get('section')).toBe('alliance');
		expect(url.searchParams.has('grain')).toBe(false);

		await page.goBack();
		await page.waitForURL(/\/alliances\?.*grain=issue/);
		await waitReady(page);
		await page.locator(`tr.row[data-id="${top!.allianceId}"] td.date`).first().click();
		await page.waitForURL(new RegExp(`/alliances/${top!.allianceId}\\?`));
		const detail = new URL(page.url());
		expect(detail.searchParams.get('from')).toBe('2020-01');
		expect(detail.searchParams.has('grain')).toBe(false);
		expect(detail.searchParams.has('sort')).toBe(false);
		await waitReady(page);
		await expect(page.locator('main h1').textContent()).resolves.toContain(top!.name);
		expect(errors).toEqual([]);
		expect(filtered.foreign).toEqual([]);
	});
});
