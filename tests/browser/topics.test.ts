import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/types';
import { keywordTrend, syntheticIssueIds } from '../../src/lib/queries/keyword-trend';
import { keywordInContext, topKeywords } from '../../src/lib/queries/keywords';
import { dimensionTrends, topicTrends } from '../../src/lib/queries/topic-trends';
import { parseFilters } from '../../src/lib/state/filters';
import { openDatasetDb } from './engine';
import { launchChromium, openPage, screenshot, waitReady } from './harness';

let browser: Browser;
let db: Db;
beforeAll(async () => {
	[browser, db] = await Promise.all([launchChromium(), openDatasetDb()]);
});
afterAll(async () => {
	await browser?.close();
	await db?.close();
});

const filtersOf = (query: string) => parseFilters(new URLSearchParams(query)).filters;
const num = (s: string) => Number(s.replace(/[,\s]/g, ''));

/** The rows of a chart's data table (toggled open) in a block, as cell texts. */
async function chartTable(page: Page, block: string): Promise<string[][]> {
	const card = page.locator(`[data-block="${block}"]`);
	const toggle = card.getByRole('button', { name: '表格' });
	if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
	return card
		.locator('table.data-table tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? ''))
		);
}

describe('topics page', () => {
	it('reaches ready with no console error and no request to another host, keyboard to every control, laptop and phone', async () => {
		const { page, errors, foreign } = await openPage(browser, '/topics');
		await screenshot(page, 'topics');
		await expect(page.locator('main h1').textContent()).resolves.toBe('主题');
		const top = await topKeywords(db, filtersOf(''), 15);
		// With no kw in the URL the page follows the top keyword.
		await expect(page.locator('#kwic-title').textContent()).resolves.toBe(
			`“${top[0]!.word}”的上下文`
		);
		// The keyboard reaches every control, starting after the filter bar.
		await page.locator('main .intro').click();
		const want = [
			'view:折线',
			'view:堆叠面积',
			'grain:按月',
			'grain:按年',
			'types:表格',
			'types:导出 CSV',
			'dims:表格',
			'dims:导出 CSV',
			'keywords:bar',
			'keywords:导出 CSV',
			'kw-trend:INPUT',
			'kw-trend:查看',
			'kw-trend:导出 CSV',
			'kwic:link',
			'kwic:导出 CSV'
		];
		const seen = new Set<string>();
		for (let i = 0; i < 600 && !want.every((w) => seen.has(w)); i++) {
			await page.keyboard.press('Tab');
			seen.add(
				await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					if (!el) return '';
					const where =
						el.closest('[data-control]')?.getAttribute('data-control') ??
						el.closest('[data-block]')?.getAttribute('data-block') ??
						'';
					if (el.matches('.mark[role="button"]')) return `${where}:bar`;
					if (el.tagName === 'INPUT') return `${where}:INPUT`;
					if (el.tagName === 'A' && where === 'kwic' && el.closest('tbody')) return 'kwic:link';
					return `${where}:${el.textContent?.trim() ?? ''}`;
				})
			);
		}
		expect(want.filter((w) => !seen.has(w))).toEqual([]);

		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.setViewportSize({ width: 390, height: 844 });
		await page.waitForTimeout(300);
		await screenshot(page, 'topics-390');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.context().close();
	});

	it('shows the filtered numbers of a URL, the same as the engine’s', async () => {
		const query = 'section=alliance&from=2018-01&to=2023-12';
		const f = filtersOf(query);
		const { page, errors } = await openPage(browser, `/topics?${query}&grain=year&kw=标准`);

		const dims = await dimensionTrends(db, f, 'year');
		const dimTable = await chartTable(page, 'dims');
		expect(dimTable.map((r) => r[0])).toEqual([
			'2018年',
			'2019年',
			'2020年',
			'2021年',
			'2022年',
			'2023年'
		]);
		const dimOrder = [...new Set(dims.map((d) => d.dimension))];
		for (const [i, row] of dimTable.entries()) {
			const period = String(2018 + i);
			expect(row.slice(1).map(num)).toEqual(
				dimOrder.map((d) => dims.find((x) => x.period === period && x.dimension === d)!.count)
			);
		}

		const types = await topicTrends(db, f, 'year');
		const typeTable = await chartTable(page, 'types');
		const yearTotal = (p: string) =>
			types.filter((r) => r.period === p).reduce((n, r) => n + r.count, 0);
		// Ten lines at most; the shown types' counts are the engine's, so each year's sum is at most the engine's.
		for (const row of typeTable) {
			expect(row.length - 1).toBeLessThanOrEqual(10);
			expect(
				row
					.slice(1)
					.map(num)
					.reduce((a, b) => a + b, 0)
			).toBeLessThanOrEqual(yearTotal(row[0]!.replace('年', '')));
		}

		const words = await topKeywords(db, f, 15);
		expect(await chartTable(page, 'keywords')).toEqual(words.map((w) => [w.word, String(w.count)]));

		const trend = await keywordTrend(db, f, '标准', 'year');
		expect((await chartTable(page, 'kw-trend')).map((r) => num(r[1]!))).toEqual(
			trend.map((r) => r.count)
		);

		const kwic = await keywordInContext(db, f, '标准', 50);
		const lines = page.locator('[data-block="kwic"] tbody tr');
		await expect(lines.count()).resolves.toBe(kwic.length);
		const first = lines.first();
		await expect(first.locator('mark').textContent()).resolves.toBe(kwic[0]!.match);
		await expect(first.locator('.ctx.left').textContent()).resolves.toBe(kwic[0]!.left);
		const href = await first.locator('a').getAttribute('href');
		expect(href).toContain(`q=${encodeURIComponent('标准')}`);
		expect(href).toContain(`item=${kwic[0]!.itemId}`);
		expect(href).toContain('section=alliance');
		const synthetic = new Set(await syntheticIssueIds(db));
		await expect(page.locator('[data-block="kwic"] tbody .badge.synthetic').count()).resolves.toBe(
			kwic.filter((r) => synthetic.has(r.issueId)).length
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('keeps view, grain and keyword in the URL, and through a filter change', async () => {
		const { page, errors } = await openPage(browser, '/topics');
		const types = page.locator('[data-block="types"]');
		// The whole archive is drawn by year until a person asks for months.
		await expect(
			page.locator('[data-control="grain"] button[data-value="year"]').getAttribute('aria-pressed')
		).resolves.toBe('true');
		await page.locator('[data-control="grain"] button[data-value="month"]').click();
		await page.waitForURL(/grain=month/);
		await waitReady(page);
		const months = [
			...new Set((await topicTrends(db, filtersOf(''), 'month')).map((r) => r.period))
		];
		expect((await chartTable(page, 'types')).map((r) => r[0])).toEqual(
			months.map((m) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`)
		);
		await page.locator('[data-control="grain"] button[data-value="year"]').click();
		await page.waitForURL(/grain=year/);
		await waitReady(page);

		await expect(types.locator('path.area').count()).resolves.toBe(0);
		await page.locator('[data-control="view"] button[data-value="stacked"]').click();
		await page.waitForURL(/view=stacked/);
		await waitReady(page);
		await expect(types.locator('path.area').count()).resolves.toBeGreaterThan(0);
		await expect(
			page
				.locator('[data-control="view"] button[data-value="stacked"]')
				.getAttribute('aria-pressed')
		).resolves.toBe('true');

		const word = (await topKeywords(db, filtersOf(''), 15))[2]!.word;
		await page.locator('[data-block="keywords"] .mark[role="button"]').nth(2).click();
		await page.waitForURL((u) => u.searchParams.get('kw') === word);
		await waitReady(page);
		await expect(page.locator('#kwic-title').textContent()).resolves.toBe(`“${word}”的上下文`);

		await page.locator('#topics-kw').fill('联络');
		await page.locator('#topics-kw').press('Enter');
		await page.waitForURL((u) => u.searchParams.get('kw') === '联络');
		await waitReady(page);

		await page.locator('form.filters select').first().selectOption('liaison');
		await page.waitForURL(/section=liaison/);
		await waitReady(page);
		const url = new URL(page.url());
		expect(Object.fromEntries(url.searchParams)).toMatchObject({
			view: 'stacked',
			grain: 'year',
			kw: '联络',
			section: 'liaison'
		});
		const trend = await keywordTrend(db, filtersOf('section=liaison'), '联络', 'year');
		expect((await chartTable(page, 'kw-trend')).map((r) => num(r[1]!))).toEqual(
			trend.map((r) => r.count)
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('exports the keyword-in-context lines as a CSV with a BOM and Chinese intact', async () => {
		const query = 'from=2020-01&to=2024-12';
		const { page } = await openPage(browser, `/topics?${query}&kw=标准`);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-block="kwic"]').getByRole('button', { name: '导出 CSV' }).click()
		]);
		const raw = readFileSync((await download.path())!, 'utf8');
		expect(raw.startsWith('\uFEFF')).toBe(true);
		expect(raw).toContain('视图,关键词上下文');
		const [header, ...rows] = Papa.parse<string[]>(
			raw.slice(raw.indexOf('\r\n\r\n') + 4).trim()
		).data;
		expect(header).toEqual(['期次', '条目编号', '条目', '前文', '关键词', '后文', '合成数据']);
		const kwic = await keywordInContext(db, filtersOf(query), '标准', 50);
		expect(rows.map((r) => [r[1], r[3], r[4], r[5]])).toEqual(
			kwic.map((k) => [k.itemId, k.left, k.match, k.right])
		);

		const [trendDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('[data-block="kw-trend"]').getByRole('button', { name: '导出 CSV' }).click()
		]);
		const trendCsv = readFileSync((await trendDownload.path())!, 'utf8');
		const trendRows = Papa.parse<string[]>(
			trendCsv.slice(trendCsv.indexOf('\r\n\r\n') + 4).trim()
		).data.slice(1);
		// Five years: drawn by year unless the URL asks for months.
		const trend = await keywordTrend(db, filtersOf(query), '标准', 'year');
		expect(trendRows.map((r) => Number(r[1]))).toEqual(trend.map((r) => r.count));
		await page.context().close();
	});
});
