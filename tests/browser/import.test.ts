import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDemoArchive } from '../../src/lib/demo/archive-node';
import { baseUrl, launchChromium, openPage, screenshot, waitReady, type TestPage } from './harness';

const FIX = 'tests/fixtures';

let browser: Browser;
let demoDir: string;
beforeAll(async () => {
	browser = await launchChromium();
	demoDir = mkdtempSync(join(tmpdir(), 'pulse-import-'));
	writeDemoArchive({
		issues: 61,
		seed: 7,
		out: demoDir,
		alliances: 'data/alliances.csv',
		real: 'data/bulletins/2026-01.txt'
	});
});
afterAll(async () => {
	await browser?.close();
	rmSync(demoDir, { recursive: true, force: true });
});

/** The import page in a fresh browser context (its own, empty storage). */
const openImport = (): Promise<TestPage> => openPage(browser, '/import');

async function choose(
	page: Page,
	files: string[] | { name: string; mimeType: string; buffer: Buffer }[]
) {
	await page.setInputFiles('[data-testid="import-files"]', files as never);
	await page.waitForFunction(
		(n) => document.querySelectorAll('table.preview tbody tr').length >= n,
		files.length
	);
}

async function commit(page: Page) {
	await page.click('[data-testid="commit"]');
	await page.waitForSelector('[data-testid="import-result"]');
	await waitReady(page);
}

/** Rows of the stored-issues table: issue id → [items, policy, liaison, alliance]. */
async function storedRows(page: Page): Promise<Record<string, number[]>> {
	await waitReady(page);
	return page.$$eval('table.stored tbody tr[data-issue]', (trs) =>
		Object.fromEntries(
			trs.map((tr) => [
				tr.getAttribute('data-issue'),
				['items', 'policy', 'liaison', 'alliance'].map((c) =>
					Number(tr.querySelector(`[data-col="${c}"]`)?.textContent)
				)
			])
		)
	);
}

async function hideEmbedded(page: Page) {
	await page.getByRole('button', { name: '移除内置数据' }).click();
	await page.waitForSelector('[data-testid="embedded-state"][data-hidden="true"]');
	await waitReady(page);
}

const sourceCount = async (page: Page) =>
	Number(await page.textContent('[data-testid="archive-sources"]'));

/** A new tab of the same browser context (same storage) on the import page. */
async function reopen(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await page.goto(baseUrl() + '/import');
	await waitReady(page);
	return page;
}

async function downloadOf(
	page: Page,
	click: () => Promise<void>
): Promise<{ name: string; path: string }> {
	const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [
		Download,
		void
	];
	return { name: download.suggestedFilename(), path: (await download.path())! };
}

async function mapCsv(page: Page, file: string) {
	const step = `section.mapping[data-file="${file}"]`;
	await page.waitForSelector(step);
	await page.click(`${step} button:has-text("应用对应关系")`);
	await page.waitForSelector(`${step} [data-testid="csv-result"]`);
}

describe('import page', () => {
	it('reaches ready with no error or foreign request; a file that is not a bulletin gets a clear error and changes nothing', async () => {
		const { page, errors, foreign } = await openImport();
		await expect(page.locator('main h1').textContent()).resolves.toBe('导入');
		await page.waitForSelector('[data-testid="storage"][data-kind="opfs"]');
		await screenshot(page, 'import');
		await choose(page, [
			{ name: 'junk.txt', mimeType: 'text/plain', buffer: readFileSync(`${FIX}/junk.bin`) }
		]);
		const error = await page.textContent('tr[data-file="junk.txt"] [data-testid="preview-error"]');
		expect(error).toMatch(/^无法导入：文件 junk\.txt (不是文本文件|无法解码)/);
		await expect(page.isDisabled('[data-testid="commit"]')).resolves.toBe(true);
		await screenshot(page, 'import-junk');
		await page.reload();
		await waitReady(page);
		expect(await sourceCount(page)).toBe(0);
		await expect(page.getAttribute('[data-testid="embedded-state"]', 'data-hidden')).resolves.toBe(
			'false'
		);
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.context().close();
	});

	it('imports the real bulletin as GB18030 .txt, .docx and .pdf (the same 26 items each time), spots re-imports, keeps a truly different version beside it, and survives a reload', async () => {
		const { page, errors } = await openImport();
		const status = (file: string) =>
			page.getAttribute(`tr[data-file="${file}"] [data-testid="preview-status"]`, 'data-duplicate');
		// The embedded dataset holds 2026-01 from data/bulletins/2026-01.txt: the same bytes, and the same content in GB18030.
		await choose(page, ['data/bulletins/2026-01.txt', `${FIX}/2026-01.gb18030.txt`]);
		await expect(status('2026-01.txt')).resolves.toBe('same-hash');
		await expect(status('2026-01.gb18030.txt')).resolves.toBe('same-content');
		// Skip is the default, so nothing would be stored.
		await expect(page.isDisabled('[data-testid="commit"]')).resolves.toBe(true);
		await page.getByRole('button', { name: '清空列表' }).click();

		await hideEmbedded(page);
		await choose(page, [`${FIX}/2026-01.gb18030.txt`]);
		await expect(status('2026-01.gb18030.txt')).resolves.toBe('none');
		await expect(
			page.textContent('tr[data-file="2026-01.gb18030.txt"] [data-testid="preview-sections"]')
		).resolves.toBe('8 / 3 / 15');
		await commit(page);
		expect(await storedRows(page)).toEqual({ '2026-01': [26, 8, 3, 15] });
		for (const [file, kind] of [
			['2026-01.gb18030.txt', 'same-hash'],
			['2026-01.docx', 'same-content'],
			['2026-01.pdf', 'same-content']
		] as const) {
			await choose(page, [`${FIX}/${file}`]);
			const row = `tr[data-file="${file}"]`;
			await expect(status(file)).resolves.toBe(kind);
			await expect(page.textContent(`${row} [data-testid="preview-sections"]`)).resolves.toBe(
				'8 / 3 / 15'
			);
			await page.selectOption(`${row} [data-testid="preview-action"]`, 'replace');
			await commit(page);
			expect(await storedRows(page)).toEqual({ '2026-01': [26, 8, 3, 15] });
			expect(await sourceCount(page)).toBe(1);
		}
		await screenshot(page, 'import-bulletins');

		// The same number with different content may be kept beside it, as 2026-01b.
		const changed = readFileSync('data/bulletins/2026-01.txt', 'utf8').replaceAll(
			'科技保险',
			'科技金融保险'
		);
		await choose(page, [
			{ name: '2026-01-修订.txt', mimeType: 'text/plain', buffer: Buffer.from(changed) }
		]);
		await expect(status('2026-01-修订.txt')).resolves.toBe('same-issue');
		const actions = await page.$$eval(
			'tr[data-file="2026-01-修订.txt"] [data-testid="preview-action"] option',
			(os) => os.map((o) => (o as HTMLOptionElement).value)
		);
		expect(actions).toEqual(['skip', 'replace', 'keep-both']);
		await page.selectOption(
			'tr[data-file="2026-01-修订.txt"] [data-testid="preview-action"]',
			'keep-both'
		);
		await commit(page);
		expect(await storedRows(page)).toEqual({
			'2026-01': [26, 8, 3, 15],
			'2026-01b': [26, 8, 3, 15]
		});
		// The items page counts both versions (52 items), and each section adds up.
		await page.reload();
		await waitReady(page);
		await page.waitForSelector('table.stored');
		expect(await storedRows(page)).toEqual({
			'2026-01': [26, 8, 3, 15],
			'2026-01b': [26, 8, 3, 15]
		});
		expect(await sourceCount(page)).toBe(2);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('imports a CSV of items with a column mapping; backs up, clears, restores, and the archive is the same', async () => {
		const { page, errors } = await openImport();
		await choose(page, [`${FIX}/items.csv`, `${FIX}/2026-01.gb18030.txt`]);
		const step = 'section.mapping[data-file="items.csv"]';
		await page.waitForSelector(step);
		// The mapping is guessed from the Chinese headers.
		const guessed = await page.$$eval(`${step} select[data-field]`, (selects) =>
			(selects as HTMLSelectElement[]).map((s) => [
				s.dataset.field,
				s.selectedOptions[0]?.textContent
			])
		);
		expect(guessed).toEqual([
			['title', '标题'],
			['body', '正文'],
			['date', '日期'],
			['alliance', '联盟'],
			['section', '栏目'],
			['contributor', '供稿单位']
		]);
		await expect(
			page.textContent('tr[data-file="items.csv"] [data-testid="preview-issue"]')
		).resolves.toBe('请先指定列');
		await mapCsv(page, 'items.csv');
		await expect(page.textContent('[data-testid="csv-result"]')).resolves.toBe(
			'6 行中 4 行可以导入，2 行有错误。'
		);
		await expect(
			page.$$eval('[data-testid="csv-errors"] li', (lis) => lis.map((l) => l.textContent))
		).resolves.toEqual([
			'第 6 行：缺少标题',
			'第 7 行：日期“2025-12-32”无效（应为 YYYY-MM-DD 或 YYYY年M月D日）'
		]);
		await expect(
			page.textContent('tr[data-file="items.csv"] [data-testid="preview-sections"]')
		).resolves.toBe('0 / 1 / 3');
		await page.selectOption(
			'tr[data-file="2026-01.gb18030.txt"] [data-testid="preview-action"]',
			'replace'
		);
		await screenshot(page, 'import-csv');
		await commit(page);
		const before = await storedRows(page);
		expect(before).toEqual({
			'csv-2025-11': [2, 0, 0, 2],
			'csv-2025-12': [2, 0, 1, 1],
			'2026-01': [26, 8, 3, 15]
		});

		const saved = await downloadOf(page, () =>
			page.getByRole('button', { name: '下载备份' }).click()
		);
		expect(saved.name).toMatch(/^联盟活跃度看板备份_\d{8}\.json$/);
		const backup = JSON.parse(readFileSync(saved.path, 'utf8'));
		expect(backup.format).toBe('alliance-pulse-backup');
		expect(backup.archive.sources.map((s: { file: string }) => s.file)).toEqual([
			'items.csv',
			'2026-01.gb18030.txt'
		]);

		for (const file of ['2026-01.gb18030.txt', 'items.csv']) {
			await page.getByRole('button', { name: `移除 ${file}` }).click();
			await page.waitForFunction(
				(f) => !document.querySelector(`table.stored tr[data-file="${f}"]`),
				file
			);
		}
		await waitReady(page);
		expect(await sourceCount(page)).toBe(0);

		await page.setInputFiles('[data-testid="restore-file"]', saved.path);
		await page.waitForSelector('[data-testid="restore-preview"]');
		const preview = await page.textContent('[data-testid="restore-preview"]');
		expect(preview).toContain('导入的文件 0 → 2');
		expect(preview).toContain('新增：2026-01、items.csv');
		await page.getByRole('button', { name: '确认恢复' }).click();
		await page.waitForFunction(
			() => document.querySelectorAll('table.stored tr[data-issue]').length === 3
		);
		expect(await storedRows(page)).toEqual(before);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('cancels an import, and closing the page in the middle of one, leave the archive as it was', async () => {
		const { page } = await openImport();
		await hideEmbedded(page);
		const files = readdirSync(demoDir)
			.filter((f) => f !== '2026-01.txt')
			.map((f) => join(demoDir, f));
		expect(files).toHaveLength(60);
		await choose(page, files);
		await page.click('[data-testid="commit"]');
		await page.click('[data-testid="cancel"]');
		await page.waitForSelector('[data-testid="problem"][data-code="cancelled"]');
		await waitReady(page);
		expect(await sourceCount(page)).toBe(0);

		await page.getByRole('button', { name: '清空列表' }).click();
		await choose(page, [`${FIX}/2026-01.gb18030.txt`]);
		await commit(page);
		const before = await storedRows(page);
		await choose(page, files);
		await page.click('[data-testid="commit"]');
		await page.waitForSelector('progress');
		const context = page.context();
		await page.close();
		const again = await reopen(context);
		await again.waitForSelector('table.stored');
		expect(await storedRows(again)).toEqual(before);
		expect(await sourceCount(again)).toBe(1);
		await context.close();
	});

	it('opens a second tab read-only, shows it the first tab’s changes, and hands over when the first closes', async () => {
		const { page } = await openImport();
		const context = page.context();
		const second = await reopen(context);
		await second.waitForSelector('[data-testid="read-only"]');
		await expect(second.isDisabled('[data-testid="import-files"]')).resolves.toBe(true);
		await hideEmbedded(page);
		await second.waitForSelector('[data-testid="embedded-state"][data-hidden="true"]');
		await page.close();
		await second.waitForSelector('[data-testid="read-only"]', { state: 'detached' });
		await expect(second.isDisabled('[data-testid="import-files"]')).resolves.toBe(false);
		await context.close();
	});

	it('exports the stored issues as CSV and can be worked with the keyboard', async () => {
		const { page } = await openImport();
		await choose(page, [`${FIX}/2026-01.gb18030.txt`]);
		await page.selectOption(
			'tr[data-file="2026-01.gb18030.txt"] [data-testid="preview-action"]',
			'replace'
		);
		await commit(page);
		const csv = await downloadOf(page, () =>
			page.getByRole('button', { name: '导出 CSV' }).click()
		);
		const text = readFileSync(csv.path, 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const table = Papa.parse<string[]>(text.slice(1).split('\r\n\r\n')[1]!.trim(), {
			newline: '\r\n'
		}).data;
		expect(table[0]).toEqual([
			'文件',
			'期号',
			'标题',
			'日期',
			'条目',
			'政策',
			'联络组',
			'联盟',
			'导入时间'
		]);
		expect(table.slice(1).map((r) => r.slice(0, 8))).toEqual([
			[
				'2026-01.gb18030.txt',
				'2026-01',
				'产业技术创新战略联盟试点工作简报',
				'2026-04-20',
				'26',
				'8',
				'3',
				'15'
			]
		]);

		const reached = new Set<string>();
		await page.locator('[data-testid="import-files"]').focus();
		for (let i = 0; i < 15; i++) {
			reached.add(
				await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					return el?.dataset.testid ?? el?.textContent?.trim() ?? '';
				})
			);
			await page.keyboard.press('Tab');
		}
		for (const control of [
			'import-files',
			'移除内置数据',
			'撤销',
			'导出 CSV',
			'移除',
			'下载备份',
			'restore-file'
		])
			expect(reached).toContain(control);
		await page.setViewportSize({ width: 390, height: 800 });
		await screenshot(page, 'import-narrow');
		await page.context().close();
	});
});
