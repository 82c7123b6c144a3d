import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import type { Db } from '../../src/lib/db/types';
import { getItem } from '../../src/lib/queries/item';
import { listItems, PAGE_SIZE } from '../../src/lib/queries/items';
import { matchingItems } from '../../src/lib/queries/items-all';
import { noFilters, type QueryFilters } from '../../src/lib/queries/where';
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

const f = (patch: Partial<QueryFilters> = {}): QueryFilters => ({ ...noFilters(), ...patch });
const listedIds = (page: Page) =>
	page.$$eval('table.items tbody tr[data-item]', (trs) =>
		trs.map((tr) => tr.getAttribute('data-item')!)
	);

async function downloadOf(page: Page, click: () => Promise<void>) {
	const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [
		Download,
		void
	];
	return {
		name: download.suggestedFilename(),
		text: readFileSync((await download.path())!, 'utf8')
	};
}
function parseCsv(text: string) {
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const [meta, table] = text.slice(1).split('\r\n\r\n');
	const rows = Papa.parse<string[]>(table!.trim(), { newline: '\r\n' }).data;
	return { meta: Papa.parse<string[]>(meta!).data, header: rows[0]!, rows: rows.slice(1) };
}

describe('items page', () => {
	it('reaches ready with no console error or foreign request, fifty newest items to a page', async () => {
		const { page, errors, foreign } = await openPage(browser, '/items');
		await expect(page.locator('main h1').textContent()).resolves.toBe('条目');
		const expected = await listItems(db, f());
		await expect(page.locator('.count').textContent()).resolves.toContain(
			`共 ${expected.total} 条`
		);
		expect(await listedIds(page)).toEqual(expected.rows.map((r) => r.id));
		const pages = Math.ceil(expected.total / PAGE_SIZE);
		await expect(page.locator('.pager .of').textContent()).resolves.toBe(`第 1 页，共 ${pages} 页`);
		// Every synthetic item in the list carries the badge.
		const synthetic = expected.rows.filter((r) => r.synthetic).length;
		await expect(page.locator('table.items .badge.synthetic').count()).resolves.toBe(synthetic);
		await screenshot(page, 'items');
		await page.setViewportSize({ width: 390, height: 800 });
		await screenshot(page, 'items-390');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.context().close();
	});

	it('a URL with search, section, sort and page shows the engine’s rows, the term marked', async () => {
		const filters = f({ q: '标准', section: 'alliance', sort: 'title', page: 2 });
		const expected = await listItems(db, filters);
		expect(expected.rows.length).toBeGreaterThan(0);
		const { page } = await openPage(browser, '/items?section=alliance&q=标准&sort=title&page=2');
		expect(await listedIds(page)).toEqual(expected.rows.map((r) => r.id));
		await expect(page.locator('.count').textContent()).resolves.toContain(
			`包含“标准”的条目共 ${expected.total} 条`
		);
		const marks = await page.locator('table.items mark.q').allTextContents();
		expect(marks.length).toBeGreaterThan(0);
		expect(new Set(marks)).toEqual(new Set(['标准']));
		await expect(page.locator('main select').inputValue()).resolves.toBe('title');
		await page.context().close();
	});

	it('sort and paging controls update the URL and the list', async () => {
		const { page } = await openPage(browser, '/items');
		await page.locator('main select').selectOption('alliance');
		await page.waitForURL(/sort=alliance/);
		await waitReady(page);
		expect(await listedIds(page)).toEqual(
			(await listItems(db, f({ sort: 'alliance' }))).rows.map((r) => r.id)
		);

		await page.locator('.pager button.next').click();
		await page.waitForURL(/page=2/);
		await waitReady(page);
		const second = await listItems(db, f({ sort: 'alliance', page: 2 }));
		expect(await listedIds(page)).toEqual(second.rows.map((r) => r.id));
		await expect(page.locator('.pager .of').textContent()).resolves.toMatch(/^第 2 页，共 \d+ 页$/);
		await page.locator('.pager button.prev').click();
		await page.waitForURL((u) => !u.searchParams.has('page'));
		await page.context().close();
	});

	it('opens an item in full from the list and from a link: alliances with roles, matched words marked as text', async () => {
		const [row] = await db.query<{ id: string }>(
			`SELECT i.id FROM items i WHERE i.synthetic = false
			AND EXISTS (SELECT 1 FROM item_topics t WHERE t.item_id = i.id)
			AND EXISTS (SELECT 1 FROM item_alliances a WHERE a.item_id = i.id) ORDER BY i.id LIMIT 1`
		);
		const id = row!.id;
		const item = (await getItem(db, id))!;
		const { page } = await openPage(
			browser,
			`/items?q=${encodeURIComponent(item.title.slice(0, 2))}`
		);
		await page.locator(`tr[data-item="${id}"] td.title a`).click();
		await page.waitForURL((u) => u.searchParams.get('item') === id);
		await waitReady(page);
		const dialog = page.locator('dialog.item-dialog');
		await expect(dialog.isVisible()).resolves.toBe(true);
		await expect(dialog.locator('h2').textContent()).resolves.toBe(item.title);
		await expect(dialog.locator('h2 mark.q').first().textContent()).resolves.toBe(
			item.title.slice(0, 2)
		);
		const roles = await dialog.locator('ul.alliances li').allTextContents();
		expect(roles).toHaveLength(item.alliances.length);
		for (const [i, a] of item.alliances.entries()) expect(roles[i]).toContain(a.name);
		// Every activity-type word is marked somewhere in the title or body, as text.
		const marked = new Set(
			await dialog.locator('article h2 mark.type, .body mark.type').allTextContents()
		);
		const words = item.topics.flatMap((x) => x.words);
		expect(words.some((w) => marked.has(w))).toBe(true);
		for (const m of marked) expect(words).toContain(m);
		await screenshot(page, 'items-dialog');

		await page.keyboard.press('Escape');
		await page.waitForURL((u) => !u.searchParams.has('item'));
		await expect(dialog.isVisible()).resolves.toBe(false);

		// A link from another page (the evaluation's evidence) opens the item directly.
		await page.goto(page.url().replace(/\/items.*/, `/items?item=${id}`));
		await waitReady(page);
		await expect(dialog.locator('h2').textContent()).resolves.toBe(item.title);
		await page.context().close();
	});

	it('exports this page and all matching rows as CSV with BOM, Chinese intact', async () => {
		const filters = f({ section: 'alliance' });
		const { page } = await openPage(browser, '/items?section=alliance');
		const shown = await listedIds(page);
		const pageCsv = parseCsv(
			(await downloadOf(page, () => page.locator('button.export').click())).text
		);
		expect(pageCsv.header).toEqual([
			'条目编号',
			'日期',
			'期次',
			'栏目',
			'标题',
			'供稿方',
			'活动类型',
			'合成数据'
		]);
		expect(pageCsv.rows.map((r) => r[0])).toEqual(shown);
		const first = (await listItems(db, filters)).rows[0]!;
		expect(pageCsv.rows[0]!.slice(0, 5)).toEqual([
			first.id,
			first.issueDate,
			`${first.issueId.slice(0, 4)}年第${Number(first.issueId.slice(5))}期`,
			'试点联盟动态',
			first.title
		]);

		const all = await downloadOf(page, () => page.locator('button.export-all').click());
		expect(all.name).toMatch(/^条目（全部匹配）_全部_\d{8}\.csv$/);
		const allCsv = parseCsv(all.text);
		expect(allCsv.rows.map((r) => r[0])).toEqual(
			(await matchingItems(db, filters)).map((r) => r.id)
		);
		expect(allCsv.meta).toContainEqual(['筛选条件', 'section=alliance']);
		await page.context().close();
	});

	it('the keyboard reaches the sort, both exports, the item links and the pager', async () => {
		const { page } = await openPage(browser, '/items');
		await page.locator('main h1').evaluate((h) => {
			h.setAttribute('tabindex', '-1');
			(h as HTMLElement).focus();
		});
		const seen = new Set<string>();
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			seen.add(
				await page.evaluate(() => {
					const el = document.activeElement;
					if (!el?.closest('main')) return '';
					const td = el.closest('td');
					return `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]}${td ? `@${td.className.split(' ')[0]}` : ''}`;
				})
			);
		}
		for (const control of [
			/^select\./,
			/^button\.export$/,
			/^button\.export-all$/,
			/^a\..*@title$/
		])
			expect(
				[...seen].some((s) => control.test(s)),
				`${control} in ${[...seen].join(' ')}`
			).toBe(true);
		// The pager comes after fifty links: jump to it from the end of the list.
		await page.locator('table.items tbody tr:last-child td.title a').focus();
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.className)).resolves.toMatch(/next/);
		await page.context().close();
	});
});
