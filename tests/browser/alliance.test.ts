// One alliance's page: its items, roles and evaluation under the URL's filters match the engine; the
// page's controls live in the URL; evidence links reach the items; an unknown id says so.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/db/types';
import { evaluateYear } from '../../src/lib/evaluation/evaluate';
import { allianceItems, primaryRole } from '../../src/lib/queries/alliance-items';
import { noFilters, type QueryFilters } from '../../src/lib/queries/where';
import { DIMENSIONS } from '../../src/lib/topics/types';
import { openDatasetDb } from './engine';
import { launchChromium, openPage, screenshot, waitReady, type TestPage } from './harness';

const ID = 'semiconductor-lighting';

let browser: Browser;
let db: Db;
/** One page with filters shared by the tests below, in order (starting DuckDB is the slow part). */
let filtered: TestPage;
beforeAll(async () => {
	[browser, db] = await Promise.all([launchChromium(), openDatasetDb()]);
	filtered = await openPage(browser, `/alliances/${ID}?year=2024&section=alliance`);
});
afterAll(async () => {
	await browser?.close();
	await db?.close();
});

const shownIds = (page: Page) =>
	page.$$eval('article.item', (as) => as.map((a) => (a as HTMLElement).dataset.id!));

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

describe('alliance page', () => {
	it('reaches ready with no console error and no request to another host; the keyboard reaches every control', async () => {
		const { page, errors, foreign } = await openPage(browser, `/alliances/${ID}`);
		await expect(page.locator('main h1').textContent()).resolves.toContain(
			'半导体照明产业技术创新战略联盟'
		);
		await expect(page.locator('dl.profile').textContent()).resolves.toContain(
			'国家半导体照明工程研发及产业联盟'
		);
		const all = await allianceItems(db, ID, noFilters());
		expect(await shownIds(page)).toEqual(all.map((r) => r.id));
		// Every synthetic item carries the badge.
		await expect(page.locator('article.item .badge.synthetic').count()).resolves.toBe(
			all.filter((r) => r.synthetic).length
		);
		await screenshot(page, 'alliance');

		const wanted = [
			'timeline-date',
			'timeline-lane',
			'mix-grain',
			'alliance-year',
			'export-eval',
			'export-items',
			'evidence'
		];
		const seen = new Set<string>();
		for (let i = 0; i < 400 && seen.size < wanted.length; i++) {
			await page.keyboard.press('Tab');
			const id = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || !el.closest('main')) return null;
				if (el.id) return el.id;
				if (el.classList.contains('export'))
					return el.closest('section.items') ? 'export-items' : 'export-eval';
				if (el.closest('.evidence') && el.tagName === 'A') return 'evidence';
				return null;
			});
			if (id && wanted.includes(id)) seen.add(id);
		}
		expect([...seen].sort()).toEqual([...wanted].sort());

		const phone = await openPage(browser, `/alliances/${ID}`, { width: 390, height: 844 });
		await screenshot(phone.page, 'alliance-390');
		expect([...errors, ...phone.errors]).toEqual([]);
		expect([...foreign, ...phone.foreign]).toEqual([]);
		await page.context().close();
		await phone.page.context().close();
	});

	it('shows the engine’s items, roles and evaluation for a URL with filters', async () => {
		const { page } = filtered;
		const f: QueryFilters = { ...noFilters(), year: 2024, section: 'alliance' };
		const items = await allianceItems(db, ID, f);
		expect(items.length).toBeGreaterThan(0);
		expect(await shownIds(page)).toEqual(items.map((r) => r.id));
		await expect(page.locator('[data-stat="items"]').textContent()).resolves.toBe(
			String(items.length)
		);
		await expect(page.locator('[data-stat="contributor"]').textContent()).resolves.toBe(
			String(items.filter((r) => primaryRole(r) === 'contributor').length)
		);
		const first = page.locator('article.item').first();
		await expect(first.locator('.badge.role').first().textContent()).resolves.toBe('供稿方');
		await expect(first.locator('.body').textContent()).resolves.toBe(items[0]!.body);

		const ev = (await evaluateYear(db, 2024)).alliances.find((a) => a.allianceId === ID)!;
		await expect(page.locator('#eval-title').textContent()).resolves.toContain('2024');
		await expect(page.locator('[data-testid="eval-score"]').textContent()).resolves.toMatch(
			new RegExp(`^${ev.score}\\b`)
		);
		await expect(page.locator('[data-testid="eval-grade"]').textContent()).resolves.toBe(
			ev.gradeZh
		);
		for (const d of DIMENSIONS) {
			await expect(page.locator(`[data-dimension="${d}"] li a`).count()).resolves.toBe(
				ev.dimensions[d].evidence.length
			);
		}
		// An evidence link leads to the item in full below.
		const evidence = DIMENSIONS.flatMap((d) => ev.dimensions[d].evidence);
		expect(evidence.length).toBeGreaterThan(0);
		await page.locator(`.evidence a[href="#item-${evidence[0]!.itemId}"]`).first().click();
		await expect(page.locator(`#item-${evidence[0]!.itemId}`).isVisible()).resolves.toBe(true);
	});

	it('keeps the year, timeline and mix controls in the URL and updates the views', async () => {
		const { page } = filtered;
		await page.locator('#alliance-year').selectOption('2023');
		await page.waitForURL(/year=2023/);
		await waitReady(page);
		const ev = (await evaluateYear(db, 2023)).alliances.find((a) => a.allianceId === ID)!;
		await expect(page.locator('#eval-title').textContent()).resolves.toContain('2023');
		await expect(page.locator('[data-testid="eval-grade"]').textContent()).resolves.toBe(
			ev.gradeZh
		);
		const items = await allianceItems(db, ID, { ...noFilters(), year: 2023, section: 'alliance' });
		expect(await shownIds(page)).toEqual(items.map((r) => r.id));

		await page.locator('#timeline-lane').selectOption('role');
		await page.waitForURL(/lane=role/);
		await expect(page.locator('svg text.lane').first().textContent()).resolves.toContain('供稿方');
		await page.locator('#timeline-date').selectOption('event');
		await page.waitForURL(/date=event/);
		await page.locator('#mix-grain').selectOption('month');
		await page.waitForURL(/grain=month/);
		await waitReady(page);
		const url = new URL(page.url());
		expect([url.searchParams.get('year'), url.searchParams.get('section')]).toEqual([
			'2023',
			'alliance'
		]);
	});

	it('exports its items exactly as listed, with a BOM and Chinese intact', async () => {
		const { page } = filtered;
		const items = await allianceItems(db, ID, { ...noFilters(), year: 2023, section: 'alliance' });
		const csv = await downloadCsv(page, page.locator('section.items button.export'));
		expect(csv.text.startsWith('\uFEFF')).toBe(true);
		expect(csv.text).toContain('联盟相关条目');
		expect(csv.header.slice(0, 3)).toEqual(['条目编号', '标题', '期次']);
		expect(csv.rows.map((r) => r[0])).toEqual(items.map((r) => r.id));
		expect(csv.rows.map((r) => r[1])).toEqual(items.map((r) => r.title));
		expect(csv.rows[0]![8]).toBe(items[0]!.body);
		expect(filtered.errors).toEqual([]);
		expect(filtered.foreign).toEqual([]);
	});

	it('says clearly when the id is not a registered alliance', async () => {
		const { page, errors } = await openPage(browser, '/alliances/no-such-alliance');
		await expect(page.locator('main h1').textContent()).resolves.toBe('没有找到这个联盟');
		await expect(page.locator('[data-testid="unknown-alliance"]').textContent()).resolves.toContain(
			'no-such-alliance'
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
