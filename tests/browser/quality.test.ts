// The embedded dataset has no data problems, so the second test imports one with problems made on purpose:
// tests/fixtures/2026-01.unknown-name.txt, the real bulletin with the WAPI alliance renamed to an unregistered
// 量子通信 alliance (item 25) and item 19's attribution removed. It replaces the embedded 2026-01.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchiveDb } from '../../src/lib/archive/archive-node';
import type { Db } from '../../src/lib/db/types';
import { issuesWithoutSerial, missingSerials, parseWarnings } from '../../src/lib/queries/quality';
import {
	unattributedItemDetails,
	unresolvedNameDetails
} from '../../src/lib/queries/quality-details';
import { ranking } from '../../src/lib/queries/ranking';
import { noFilters, type QueryFilters } from '../../src/lib/queries/where';
import { openDatasetDb } from './engine';
import { launchChromium, openPage, screenshot, waitReady } from './harness';

const FIXTURE = 'tests/fixtures/2026-01.unknown-name.txt';
const FULL = '量子通信产业技术创新战略联盟';
const SHORT = '量子通信联盟';
const f = (patch: Partial<QueryFilters> = {}): QueryFilters => ({ ...noFilters(), ...patch });

let browser: Browser;
let dataset: Db;
let broken: Db;
beforeAll(async () => {
	[browser, dataset, broken] = await Promise.all([
		launchChromium(),
		openDatasetDb(),
		openArchiveDb([FIXTURE])
	]);
});
afterAll(async () => {
	await browser?.close();
	await dataset?.close();
	await broken?.close();
});

const section = (page: Page, id: string) => page.locator(`section#${id}`);
/** The count in a section's heading: 无法识别的联盟名称（2） → 2. */
async function headingCount(page: Page, id: string): Promise<number> {
	const text = (await section(page, id).locator('h2').textContent()) ?? '';
	return Number(/（(\d+)）/.exec(text)?.[1] ?? NaN);
}
const nameRow = (page: Page, text: string): Locator =>
	section(page, 'names').locator(`tbody tr[data-name="${text}"]`);

/** The rows of a downloaded CSV after its meta block, and the raw text. */
async function readCsv(download: Download): Promise<{ text: string; rows: string[][] }> {
	const text = readFileSync((await download.path()) as string, 'utf8');
	const [, table = ''] = text.replace(/^\uFEFF/, '').split('\r\n\r\n');
	return { text, rows: Papa.parse<string[]>(table.trim(), { skipEmptyLines: true }).data };
}

/** Go to another page of the app through its navigation (client-side: DuckDB and the archive stay up). */
async function navigate(page: Page, label: string): Promise<void> {
	await page.locator('nav.app-nav').getByRole('link', { name: label, exact: true }).click();
	await page.waitForFunction((l) => document.querySelector('main h1')?.textContent === l, label);
	await waitReady(page);
}

/** The WAPI alliance's items in the alliance ranking, over the whole archive (filters cleared). */
async function wapiItems(page: Page): Promise<number> {
	await navigate(page, '联盟');
	if (new URL(page.url()).search) {
		await page.getByRole('button', { name: '清除筛选' }).click();
		await page.waitForURL((u) => u.search === '');
		await waitReady(page);
	}
	return Number(await page.textContent('tr.row[data-id="wapi"] td[data-col="items"]'));
}

async function importFixture(page: Page): Promise<void> {
	await page.setInputFiles('[data-testid="import-files"]', FIXTURE);
	const row = page.locator('tr[data-file="2026-01.unknown-name.txt"]');
	await row.waitFor();
	// The embedded dataset holds 2026-01 already: replace it with the flawed copy.
	await row.locator('[data-testid="preview-action"]').selectOption('replace');
	await page.click('[data-testid="commit"]');
	await page.waitForSelector('[data-testid="import-result"]');
	await waitReady(page);
}

/** Tab from the page title through the page; which of main's enabled, visible controls focus reached, and which not. */
async function tabThrough(page: Page): Promise<{ total: number; missed: string[] }> {
	const total = await page.evaluate(() => {
		const controls = [
			...document.querySelectorAll<HTMLElement>(
				'main a[href], main button:not([disabled]), main input:not([disabled]), main select:not([disabled])'
			)
		].filter((e) => e.offsetParent !== null);
		controls.forEach((e, i) => e.setAttribute('data-kb', String(i)));
		return controls.length;
	});
	await page.click('main h1');
	const reached = new Set<string>();
	for (let i = 0; i < total + 10 && reached.size < total; i++) {
		await page.keyboard.press('Tab');
		const at = await page.evaluate(() => document.activeElement?.getAttribute('data-kb') ?? null);
		if (at !== null) reached.add(at);
	}
	const missed = await page.evaluate(
		(seen) =>
			[...document.querySelectorAll<HTMLElement>('main [data-kb]')]
				.filter((e) => !seen.includes(e.dataset.kb!))
				.map((e) => e.outerHTML.slice(0, 80)),
		[...reached]
	);
	return { total, missed };
}

describe('quality page', () => {
	it('on the embedded dataset: ready, clean, every list empty with a sentence, numbers as the engine says', async () => {
		const { page, errors, foreign } = await openPage(browser, '/quality');
		await expect(page.locator('main h1').textContent()).resolves.toBe('数据质量');
		const expected = {
			names: (await unresolvedNameDetails(dataset, f())).length,
			missing: (await missingSerials(dataset, f())).length,
			'no-serial': (await issuesWithoutSerial(dataset, f())).length,
			unattributed: (await unattributedItemDetails(dataset, f())).length,
			warnings: (await parseWarnings(dataset, f())).length
		};
		expect(expected).toEqual({
			names: 0,
			missing: 0,
			'no-serial': 0,
			unattributed: 0,
			warnings: 0
		});
		for (const [id, n] of Object.entries(expected)) expect(await headingCount(page, id)).toBe(n);
		await expect(section(page, 'missing').locator('p.empty').textContent()).resolves.toContain(
			'没有缺失的期号'
		);
		await expect(section(page, 'names').locator('p.empty').textContent()).resolves.toContain(
			'没有无法识别的联盟名称'
		);
		await expect(section(page, 'aliases').locator('p.empty').textContent()).resolves.toContain(
			'还没有保存任何用户别名'
		);
		expect(await page.locator('main section table').count()).toBe(0);
		await screenshot(page, 'quality-empty');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.context().close();
	});

	it('lists the problems of an imported bulletin; a name mapped to an alliance leaves the list, counts in the ranking, and stays after a reload', async () => {
		const { page, errors, foreign } = await openPage(browser, '/import');
		const [wapiRow] = (await ranking(dataset, f())).filter((r) => r.allianceId === 'wapi');
		const wapiEmbedded = wapiRow!.items;

		await importFixture(page);
		expect(await wapiItems(page)).toBe(wapiEmbedded - 1); // its 2026-01 item now names an unknown alliance

		// A filter change: the issue is dated 2026-04-20, so the first quarter has no problems and the second has them.
		await navigate(page, '数据质量');
		expect(await headingCount(page, 'names')).toBe(2);
		await page.getByRole('button', { name: '2026年第1季度' }).click();
		await page.waitForURL(/from=2026-01&to=2026-03/);
		await waitReady(page);
		expect(await headingCount(page, 'names')).toBe(
			(await unresolvedNameDetails(broken, f({ from: '2026-01', to: '2026-03' }))).length
		);
		expect(await headingCount(page, 'names')).toBe(0);
		await page.getByRole('button', { name: '2026年第2季度' }).click();
		await page.waitForURL(/from=2026-04&to=2026-06/);
		await waitReady(page);
		const names = await unresolvedNameDetails(broken, f({ from: '2026-04', to: '2026-06' }));
		expect(names.map((n) => n.text)).toEqual([FULL, SHORT]);
		expect(await headingCount(page, 'names')).toBe(2);

		// Every unresolved name with its items, example links and the engine's suggestions; body names never listed.
		for (const n of names) {
			const row = nameRow(page, n.text);
			await expect(row.locator('td.num .wide').textContent()).resolves.toBe(String(n.items));
			await expect(row.locator('td.examples a').getAttribute('href')).resolves.toMatch(
				/^\/items\?.*item=2026-01-25/
			);
			await expect(row.locator('td.examples a').textContent()).resolves.toBe(
				'量子通信联盟发布市场应用洞察报告'
			);
			await expect(
				row.locator('button.suggestion').evaluateAll((bs) => bs.map((b) => b.getAttribute('title')))
			).resolves.toEqual(n.suggestions.map((s) => s.name));
		}
		const listed = await section(page, 'names').locator('tbody th').allTextContents();
		for (const body of ['联络组', '协发网', '国联中心'])
			expect(listed.join('|')).not.toContain(body);

		// The item without an attribution, linked to the item in full; the warnings grouped by kind.
		const unattributed = await unattributedItemDetails(broken, f());
		expect(await headingCount(page, 'unattributed')).toBe(unattributed.length);
		const link = section(page, 'unattributed').locator('tbody a');
		await expect(link.textContent()).resolves.toBe('视觉智能联盟召开2025年度理事会工作会议');
		await expect(link.getAttribute('href')).resolves.toMatch(/^\/items\?.*item=2026-01-19/);
		const warnings = await parseWarnings(broken, f());
		expect(await headingCount(page, 'warnings')).toBe(warnings.length);
		await expect(section(page, 'warnings').locator('h3').allTextContents()).resolves.toEqual([
			'无法识别的名称（3） unresolved-name',
			'缺少署名（1） no-attribution'
		]);
		await expect(section(page, 'warnings').locator('q').first().textContent()).resolves.toBe(FULL);

		// Export: UTF-8 BOM, Chinese intact, the rows of the table.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			section(page, 'names').getByRole('button', { name: '导出 CSV' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^无法识别的联盟名称_2026-04_2026-06_\d{8}\.csv$/);
		const csv = await readCsv(download);
		expect(csv.text.startsWith('\uFEFF')).toBe(true);
		expect(csv.rows[0]).toEqual(['名称', '条目数', '示例条目', '最接近的登记联盟']);
		expect(csv.rows.slice(1).map((r) => [r[0], r[1]])).toEqual(
			names.map((n) => [n.text, String(n.items)])
		);
		// Keyboard: Tab reaches every control of the page (links, exports, suggestions, resolve buttons).
		const keyboard = await tabThrough(page);
		expect(keyboard.total).toBeGreaterThan(20);
		expect(keyboard.missed).toEqual([]);

		await screenshot(page, 'quality');
		await page.setViewportSize({ width: 390, height: 844 });
		await screenshot(page, 'quality-390');
		await section(page, 'names').screenshot({ path: 'test-results/quality-390-names.png' });
		await section(page, 'warnings').screenshot({ path: 'test-results/quality-390-warnings.png' });
		await page.setViewportSize({ width: 1280, height: 800 });

		// One click on a suggestion maps the name (and its short form, same core) …
		const first = names[0]!.suggestions[0]!;
		await nameRow(page, FULL)
			.getByRole('button', { name: `把“${FULL}”映射到 ${first.name}` })
			.click();
		await section(page, 'names').locator('p.empty').waitFor();
		await waitReady(page);
		expect(await headingCount(page, 'aliases')).toBe(1);
		await expect(section(page, 'aliases').locator('tbody th').textContent()).resolves.toBe(FULL);
		// … and removing the alias brings the names back.
		await section(page, 'aliases')
			.getByRole('button', { name: `移除别名“${FULL}”` })
			.click();
		await nameRow(page, FULL).waitFor();
		await waitReady(page);
		expect(await headingCount(page, 'names')).toBe(2);
		expect(await headingCount(page, 'aliases')).toBe(0);

		// A new alliance is checked before anything is stored.
		await nameRow(page, SHORT).getByRole('button', { name: '新建联盟' }).click();
		const form = section(page, 'names').locator('form.new-alliance');
		await expect(form.locator('input').nth(1).inputValue()).resolves.toBe(FULL); // drafted from the name
		await form.locator('input').first().fill('Quantum Comm');
		await form.getByRole('button', { name: '新建并映射' }).click();
		await expect(form.locator('.error').first().textContent()).resolves.toContain('小写英文字母');
		await screenshot(page, 'quality-create');
		await form.getByRole('button', { name: '取消' }).click();

		// Map to any alliance through the type-ahead: the WAPI alliance.
		await nameRow(page, FULL).getByRole('button', { name: '映射到其他联盟' }).click();
		const input = section(page, 'names').getByLabel('联盟（名称、简称或别名）');
		await expect(page.evaluate(() => document.activeElement?.getAttribute('list'))).resolves.toBe(
			'quality-alliance-names'
		);
		await input.fill('WAPI联盟');
		await expect(section(page, 'names').locator('.hint').textContent()).resolves.toContain(
			'WAPI产业技术创新战略联盟（wapi）'
		);
		await input.press('Enter');
		await section(page, 'names').locator('p.empty').waitFor();
		await waitReady(page);
		await expect(section(page, 'names').locator('.status').textContent()).resolves.toContain(
			'WAPI产业技术创新战略联盟'
		);
		expect(await headingCount(page, 'names')).toBe(0);
		await expect(section(page, 'aliases').locator('tbody td a').textContent()).resolves.toBe(
			'WAPI联盟'
		);

		// The charts count it: the alliance ranking has the WAPI item back.
		expect(await wapiItems(page)).toBe(wapiEmbedded);

		// Persisted: a reload (a URL with filters) finds the mapping stored and the name still resolved.
		await page.goto(new URL('/quality?from=2026-04&to=2026-06', page.url()).href);
		await waitReady(page);
		await section(page, 'aliases').locator('tbody tr').first().waitFor();
		await expect(section(page, 'aliases').locator('tbody th').allTextContents()).resolves.toEqual([
			FULL
		]);
		expect(await headingCount(page, 'names')).toBe(0);
		expect(await headingCount(page, 'unattributed')).toBe(unattributed.length);
		expect(await headingCount(page, 'warnings')).toBe(1); // only the missing attribution is left

		// The user aliases as rows for data/alliances.csv: the WAPI row with the alias appended.
		const [rowsFile] = await Promise.all([
			page.waitForEvent('download'),
			section(page, 'aliases').getByRole('button', { name: '导出为 alliances.csv 行' }).click()
		]);
		const registryCsv = readFileSync((await rowsFile.path()) as string, 'utf8');
		expect(registryCsv).toBe(
			'id,name,short_names,aliases,acronym,domain\n' +
				`wapi,WAPI产业技术创新战略联盟,WAPI联盟,${FULL},WAPI,wireless LAN security\n`
		);

		// Or it is a new alliance: remove the alias, create one from the form (drafted from the name), and it counts.
		await section(page, 'aliases')
			.getByRole('button', { name: `移除别名“${FULL}”` })
			.click();
		await nameRow(page, FULL).waitFor();
		await waitReady(page);
		await nameRow(page, FULL).getByRole('button', { name: '新建联盟' }).click();
		const create = section(page, 'names').locator('form.new-alliance');
		await create.getByLabel('标识（id）').fill('quantum-communication');
		await create.getByLabel('领域（英文）').fill('quantum communication');
		await expect(create.getByLabel('简称').inputValue()).resolves.toBe(SHORT);
		await create.getByRole('button', { name: '新建并映射' }).click();
		await section(page, 'names').locator('p.empty').waitFor();
		await waitReady(page);
		await expect(
			section(page, 'aliases').locator('ul.created li code').textContent()
		).resolves.toBe('quantum-communication');
		expect(await headingCount(page, 'aliases')).toBe(0); // its full name is the name as written: no alias needed
		const [createdFile] = await Promise.all([
			page.waitForEvent('download'),
			section(page, 'aliases').getByRole('button', { name: '导出为 alliances.csv 行' }).click()
		]);
		expect(readFileSync((await createdFile.path()) as string, 'utf8')).toBe(
			'id,name,short_names,aliases,acronym,domain\n' +
				`quantum-communication,${FULL},${SHORT},,,quantum communication\n`
		);
		await navigate(page, '联盟');
		await expect(
			page.textContent('tr.row[data-id="quantum-communication"] td[data-col="items"]')
		).resolves.toBe('1');

		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.context().close();
	});
});
