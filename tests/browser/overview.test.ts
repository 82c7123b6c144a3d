import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetSummary } from '../../src/lib/data/dataset';
import type { Db } from '../../src/lib/db/types';
import { periodChanges } from '../../src/lib/queries/changes';
import { itemsPerIssue } from '../../src/lib/queries/per-issue';
import { topAlliances } from '../../src/lib/queries/top-alliances';
import { topicMix } from '../../src/lib/queries/topic-trends';
import { totals } from '../../src/lib/queries/totals';
import { parseFilters } from '../../src/lib/state/filters';
import { openDatasetDb } from './engine';
import { baseUrl, launchChromium, openPage, screenshot, waitReady } from './harness';

let browser: Browser;
let db: Db;
beforeAll(async () => {
	[browser, db] = await Promise.all([launchChromium(), openDatasetDb()]);
});
afterAll(async () => {
	await browser?.close();
	await db?.close();
});

const STATS = [
	'issues',
	'items',
	'allianceItems',
	'activeAlliances',
	'silentAlliances',
	'syntheticItems'
] as const;
const filtersOf = (query: string) => parseFilters(new URLSearchParams(query)).filters;
const num = (s: string | null | undefined) => Number((s ?? '').replace(/[,\s]/g, ''));

async function statValues(page: Page): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	for (const key of STATS)
		out[key] = num(await page.locator(`[data-stat="${key}"] .value`).textContent());
	return out;
}

/** The rows of a chart's data table (toggled open), as cell texts. */
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

/** Click an export button and read the CSV: BOM check, then the header row and the data rows. */
async function exportCsv(
	page: Page,
	scope: string
): Promise<{ raw: string; header: string[]; rows: string[][] }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(scope).getByRole('button', { name: '导出 CSV' }).click()
	]);
	const raw = readFileSync((await download.path())!, 'utf8');
	const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
	const [header, ...rows] = Papa.parse<string[]>(body.trim(), { skipEmptyLines: true }).data;
	return { raw, header: header!, rows };
}

describe('overview page', () => {
	it('reaches ready with no console error and no request to another host, on a laptop and a phone', async () => {
		const { page, errors, foreign } = await openPage(browser, '/');
		await screenshot(page, 'overview');
		await expect(page.locator('main h1').textContent()).resolves.toBe('总览');
		expect(await statValues(page)).toEqual(await totals(db, filtersOf('')));
		await page.setViewportSize({ width: 390, height: 844 });
		await page.waitForFunction(
			() => document.querySelector('.chart .plot svg')?.getAttribute('width') !== null
		);
		await page.waitForTimeout(200);
		await screenshot(page, 'overview-390');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.context().close();
	});

	it('draws the cards and the per-issue chart from summary.json before DuckDB answers, then the same live numbers', async () => {
		const summary = JSON.parse(readFileSync('static/data/summary.json', 'utf8')) as DatasetSummary;
		const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		// Hold DuckDB's wasm back, so whatever shows first can only have come from summary.json.
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		await page.route('**/*.wasm', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(baseUrl() + '/');
		await page
			.locator('[data-stat="issues"] .value', { hasText: String(summary.totals.issues) })
			.waitFor();
		expect(await page.locator('main').getAttribute('data-state')).toBe('loading');
		const early = await statValues(page);
		expect({
			issues: early.issues,
			items: early.items,
			allianceItems: early.allianceItems,
			activeAlliances: early.activeAlliances
		}).toEqual(summary.totals);
		await page.locator('[data-block="per-issue"] svg .mark').first().waitFor({ timeout: 2_000 });
		release();
		await waitReady(page);
		const live = await totals(db, filtersOf(''));
		expect(await statValues(page)).toEqual(live);
		expect({
			issues: live.issues,
			items: live.items,
			allianceItems: live.allianceItems,
			activeAlliances: live.activeAlliances
		}).toEqual(summary.totals);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('shows the filtered numbers of a URL, the same as the engine’s, and follows a filter change', async () => {
		const query = 'section=alliance&from=2020-01&to=2023-12';
		const f = filtersOf(query);
		const { page, errors } = await openPage(browser, `/?${query}`);
		expect(await statValues(page)).toEqual(await totals(db, f));

		const perIssue = await itemsPerIssue(db, f);
		const table = await chartTable(page, 'per-issue');
		expect(table.map((r) => num(r[1]))).toEqual(perIssue.map((r) => r.count));

		const top = await topAlliances(db, f, 15);
		expect(await chartTable(page, 'top')).toEqual(top.map((r) => [r.name, String(r.items)]));

		const mix = await topicMix(db, f);
		expect((await chartTable(page, 'mix')).map((r) => num(r[1]))).toEqual(mix.map((r) => r.count));

		const changes = (await periodChanges(db, f))!;
		const items = page.locator('[data-row="items"] td');
		expect(num(await items.nth(0).textContent())).toBe(changes.items.previous);
		expect(num(await items.nth(1).textContent())).toBe(changes.items.current);
		const active = page.locator('[data-row="active"] td');
		expect(num(await active.nth(1).textContent())).toBe(changes.activeAlliances.current);
		await expect(page.locator('[data-row="new"] td').nth(1).textContent()).resolves.toBe(
			String(changes.newAlliances.length)
		);

		// A filter change: the URL, the cards and the chart follow.
		await page.locator('form.filters select').first().selectOption('policy');
		await page.waitForURL(/section=policy/);
		await waitReady(page);
		const g = filtersOf('section=policy&from=2020-01&to=2023-12');
		expect(await statValues(page)).toEqual(await totals(db, g));
		const after = await chartTable(page, 'per-issue');
		expect(after.map((r) => num(r[1]))).toEqual((await itemsPerIssue(db, g)).map((r) => r.count));
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('follows the contract’s pulse:navigate event as the filter bar changes the URL, and only to a path on the site', async () => {
		const { page, errors } = await openPage(browser, '/?section=alliance');
		const select = page.locator('form.filters select').first();
		await select.focus();
		await page.evaluate(`(() => {
			window.dispatchEvent(new CustomEvent('pulse:navigate', { detail: 'https://example.com/?year=2025' }));
			window.dispatchEvent(new CustomEvent('pulse:navigate', { detail: '//example.com/' }));
			window.dispatchEvent(new CustomEvent('pulse:navigate', { detail: '/\\\\example.com/' }));
			window.dispatchEvent(new CustomEvent('pulse:navigate', { detail: '/?year=2025&real=1' }));
		})()`);
		await page.waitForURL(/\?year=2025&real=1$/);
		await waitReady(page);
		expect(await statValues(page)).toEqual(await totals(db, filtersOf('year=2025&real=1')));
		// Focus stays where it was, as with the filter bar's own changes.
		expect(await select.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(new URL(page.url()).origin).toBe(new URL(baseUrl()).origin);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('exports each block as a CSV with a BOM, Chinese headers and the rows shown; a bar opens its alliance', async () => {
		const query = 'from=2021-01&to=2024-12';
		const f = filtersOf(query);
		const { page } = await openPage(browser, `/?${query}`);

		const top = await exportCsv(page, '[data-block="top"]');
		expect(top.raw.startsWith('\uFEFF')).toBe(true);
		expect(top.raw).toContain('视图,供稿最多的联盟');
		expect(top.header).toEqual(['排名', '联盟', '联盟标识', '条目数']);
		const ranked = await topAlliances(db, f, 15);
		expect(top.rows).toEqual(
			ranked.map((r, i) => [String(i + 1), r.name, r.allianceId, String(r.items)])
		);

		const stats = await exportCsv(page, '.stats-block');
		const t = await totals(db, f);
		expect(stats.rows.map((r) => Number(r[1]))).toEqual(STATS.map((k) => t[k]));

		const perIssue = await exportCsv(page, '[data-block="per-issue"]');
		expect(perIssue.header).toEqual([
			'期次',
			'期号',
			'重要政策动态',
			'联盟联络组及协发网动态',
			'试点联盟动态',
			'合计'
		]);
		const issues = await itemsPerIssue(db, f);
		expect(perIssue.rows.map((r) => r[1])).toEqual([...new Set(issues.map((r) => r.issueId))]);

		const changes = await exportCsv(page, '.changes');
		expect(changes.header).toEqual(['指标', '上一时期', '本期', '变化', '明细']);
		const expected = (await periodChanges(db, f))!;
		expect(changes.rows[0]!.slice(0, 3)).toEqual([
			'条目数',
			String(expected.items.previous),
			String(expected.items.current)
		]);

		// A bar opens its alliance, keeping the filters.
		const [first] = await topAlliances(db, filtersOf('from=2021-01&to=2024-12'), 1);
		if (!first) throw new Error('no alliance contributed in 2021–2024');
		await page.locator('[data-block="top"] .mark[role="button"]').first().press('Enter');
		await page.waitForURL((u) => u.pathname === `/alliances/${first.allianceId}`);
		expect(new URL(page.url()).search).toBe('?from=2021-01&to=2024-12');
		await page.context().close();
	});

	it('lets the keyboard reach every control', async () => {
		// A short period keeps the per-issue chart's focusable bars few; Tab starts after the filter bar.
		const { page } = await openPage(browser, '/?from=2024-01&to=2026-06');
		await page.locator('main .intro').click();
		const want = [
			'stats:导出 CSV',
			'per-issue:表格',
			'per-issue:导出 CSV',
			'top:表格',
			'top:bar',
			'top:导出 CSV',
			'mix:表格',
			'mix:导出 CSV',
			'changes:导出 CSV'
		];
		const seen = new Set<string>();
		for (let i = 0; i < 900 && !want.every((w) => seen.has(w)); i++) {
			await page.keyboard.press('Tab');
			seen.add(
				await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					if (!el) return '';
					const block =
						el.closest('[data-block]')?.getAttribute('data-block') ??
						(el.closest('.stats-block') ? 'stats' : el.closest('.changes') ? 'changes' : '');
					if (el.matches('.mark[role="button"]')) return `${block}:bar`;
					return `${block}:${el.textContent?.trim() ?? ''}`;
				})
			);
		}
		expect(want.filter((w) => !seen.has(w))).toEqual([]);
		await page.context().close();
	});
});
