import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import Papa from 'papaparse';
import { evaluateYear } from '../../src/lib/evaluation/evaluate';
import { reportColumns, reportRows } from '../../src/lib/evaluation/report';
import { GRADE_LABELS, GRADES, type EvaluationResult } from '../../src/lib/evaluation/types';
import { issueYears } from '../../src/lib/queries/evaluation';
import type { Db } from '../../src/lib/db/types';
import { openDatasetDb } from './engine';
import { launchChromium, openPage, screenshot, waitReady } from './harness';

let browser: Browser;
let db: Db;
let latest: number;
beforeAll(async () => {
	[browser, db] = await Promise.all([launchChromium(), openDatasetDb()]);
	latest = (await issueYears(db)).at(-1)!;
});
afterAll(async () => {
	await browser?.close();
	await db?.close();
});

const one = (n: number) => n.toFixed(1);
const changeText = (c: number | null) =>
	c === null ? '—' : c > 0 ? `↑ ${one(c)}` : c < 0 ? `↓ ${one(-c)}` : one(0);

/** The table as a person reads it: alliance id, name, score, grade, change. */
function tableRows(page: Page) {
	return page.$$eval('table.evaluation tbody tr[data-alliance]', (trs) =>
		trs.map((tr) => ({
			id: tr.getAttribute('data-alliance')!,
			name: tr.querySelector('th .toggle')!.textContent!.replace(/^[▸▾]/, '').trim(),
			score: tr.querySelector('.score')!.textContent!.trim(),
			grade: tr.querySelector('.grade')!.textContent!.trim(),
			change: tr.querySelector('.change > span:not(.visually-hidden)')!.textContent!.trim()
		}))
	);
}
const expected = (r: EvaluationResult, ids?: string[]) =>
	r.alliances
		.filter((a) => !ids || ids.includes(a.allianceId))
		.map((a) => ({
			id: a.allianceId,
			name: a.name,
			score: one(a.score),
			grade: GRADE_LABELS[a.grade].zh,
			change: changeText(a.change)
		}));

/** Click and read the downloaded file. */
async function downloadOf(
	page: Page,
	click: () => Promise<void>
): Promise<{ name: string; text: string }> {
	const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [
		Download,
		void
	];
	const path = await download.path();
	const { readFileSync } = await import('node:fs');
	return { name: download.suggestedFilename(), text: readFileSync(path!, 'utf8') };
}
/** A CSV written by toCsv: meta lines, a blank line, then header + rows. */
function parseCsv(text: string) {
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const [meta, table] = text.slice(1).split('\r\n\r\n');
	const parsed = Papa.parse<string[]>(table!.trim(), { newline: '\r\n' }).data;
	return { meta: Papa.parse<string[]>(meta!).data, header: parsed[0]!, rows: parsed.slice(1) };
}

describe('evaluation page', () => {
	it('reaches ready with no console error or foreign request; the latest year, every registered alliance', async () => {
		const { page, errors, foreign } = await openPage(browser, '/evaluation');
		await expect(page.locator('main h1').textContent()).resolves.toBe('活跃度评价');
		// The disclaimer is near the top, before the table.
		const disclaimer = page.locator('.disclaimer');
		await expect(disclaimer.textContent()).resolves.toContain('不是官方活跃度评价结果');
		expect((await disclaimer.boundingBox())!.y).toBeLessThan(400);
		await expect(page.locator('.controls select').inputValue()).resolves.toBe(String(latest));
		const result = await evaluateYear(db, latest);
		expect(await tableRows(page)).toEqual(expected(result));
		// The explanation is one click away and made from explainModel.
		await page.locator('.disclaimer summary').click();
		await expect(page.locator('.disclaimer ol li').count()).resolves.toBe(7);
		await screenshot(page, 'evaluation');
		await page.setViewportSize({ width: 390, height: 800 });
		await screenshot(page, 'evaluation-390');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await page.context().close();
	});

	it('a URL with year, alliances and real-only shows the engine’s numbers for exactly those alliances', async () => {
		const r2025 = await evaluateYear(db, 2025);
		const ids = [r2025.alliances[5]!.allianceId, r2025.alliances[40]!.allianceId];
		const { page } = await openPage(
			browser,
			`/evaluation?alliance=${ids[0]}&alliance=${ids[1]}&year=2025`
		);
		expect(await tableRows(page)).toEqual(expected(r2025, ids));
		await expect(page.locator('.stats .stat .value').first().textContent()).resolves.toContain(
			String(r2025.issues)
		);
		// The grade chart counts the alliances shown.
		const counts = GRADES.map((g) =>
			String(r2025.alliances.filter((a) => ids.includes(a.allianceId) && a.grade === g).length)
		);
		await expect(page.locator('svg text.value').allTextContents()).resolves.toEqual(counts);

		await page.goto(page.url().replace(/\?.*/, `?year=${latest}&real=1`));
		await waitReady(page);
		expect(await tableRows(page)).toEqual(expected(await evaluateYear(db, latest, { real: true })));
		await page.context().close();
	});

	it('year picker and column headings update the URL and the table; the evidence adds up', async () => {
		const { page } = await openPage(browser, '/evaluation?year=2025');
		await page.locator('.controls select').selectOption('2024');
		await page.waitForURL(/year=2024/);
		await waitReady(page);
		const r2024 = await evaluateYear(db, 2024);
		expect(await tableRows(page)).toEqual(expected(r2024));

		await page.locator('th button.sort', { hasText: '协同创新' }).click();
		await page.waitForURL(/sort=-innovation/);
		const top = Math.max(...r2024.alliances.map((a) => a.dimensions.innovation.score));
		const first = (await tableRows(page))[0]!;
		expect(
			r2024.alliances.find((a) => a.allianceId === first.id)!.dimensions.innovation.score
		).toBe(top);
		await expect(page.locator('th[aria-sort="descending"]').textContent()).resolves.toContain(
			'协同创新'
		);

		// The first alliance's evidence: every innovation point is an item with a title, linking to /items?item=.
		const alliance = r2024.alliances.find((a) => a.allianceId === first.id)!;
		await page.locator(`tr[data-alliance="${first.id}"] button.toggle`).click();
		const panel = page.locator(`#evidence-${first.id}`);
		await waitReady(page);
		const links = panel.locator('.dim').nth(1).locator('li a');
		await expect(links.count()).resolves.toBe(alliance.dimensions.innovation.evidence.length);
		const href = await links.first().getAttribute('href');
		expect(href).toMatch(
			new RegExp(`^/items\\?year=2024&item=${alliance.dimensions.innovation.evidence[0]!.itemId}$`)
		);
		const title = await links.first().textContent();
		const [row] = await db.query<{ title: string }>('SELECT title FROM items WHERE id = ?', [
			alliance.dimensions.innovation.evidence[0]!.itemId
		]);
		expect(title).toBe(row!.title);
		const points = await panel.locator('.dim').nth(1).locator('.points').allTextContents();
		const sum = points.reduce((s, p) => s + Number(p.replace('+', '')), 0);
		expect(sum).toBeCloseTo(alliance.dimensions.innovation.score, 5);
		await screenshot(page, 'evaluation-evidence');
		await page.context().close();
	});

	it('exports the table as shown and the year’s report with the columns of npm run report', async () => {
		const { page } = await openPage(browser, '/evaluation?year=2025&sort=name');
		const shown = await tableRows(page);
		const table = parseCsv(
			(await downloadOf(page, () => page.locator('button.export').click())).text
		);
		expect(table.header).toEqual([
			'联盟',
			'参考分',
			'参考等级',
			'较上年变化',
			'组织运行',
			'协同创新',
			'服务产业',
			'宣传交流合作',
			'供稿规律性',
			'近期活跃',
			'供稿条目'
		]);
		const changeCell = (c: string) => (c === '' ? '—' : changeText(Number(c)));
		expect(table.rows.map((r) => [r[0], one(Number(r[1])), r[2], changeCell(r[3]!)])).toEqual(
			shown.map((r) => [r.name, r.score, r.grade, r.change])
		);
		// Every part of the score as the engine has it, in the table's order.
		const result = await evaluateYear(db, 2025);
		const byName = new Map(result.alliances.map((a) => [a.name, a]));
		for (const r of table.rows) {
			const a = byName.get(r[0]!)!;
			expect(r.slice(4).map(Number)).toEqual([
				a.dimensions.organisation.score,
				a.dimensions.innovation.score,
				a.dimensions.industry.score,
				a.dimensions.exchange.score,
				a.regularity.score,
				a.recency.score,
				a.items
			]);
		}

		const report = await downloadOf(page, () => page.locator('button.export-report').click());
		expect(report.name).toMatch(/^活跃度评价报告_2025-01_2025-12_\d{8}\.csv$/);
		const parsed = parseCsv(report.text);
		expect(parsed.meta.slice(0, 3)).toEqual([
			['报表', '基于简报条目的联盟活跃度参考分（辅助证据，非官方评价结果）'],
			['年度', '2025'],
			['当年期数', '6']
		]);
		expect(parsed.header).toEqual(reportColumns('zh-CN').map((c) => c.label));
		const keys = reportColumns('zh-CN').map((c) => c.key);
		const cell = (v: string | number | null) => (v === null ? '' : String(v));
		expect(parsed.rows).toEqual(
			reportRows(result, 'zh-CN').map((r) => keys.map((k) => cell(r[k])))
		);
		await page.context().close();
	});

	it('the keyboard reaches the year picker, the sort headings, the alliance rows and both exports', async () => {
		const { page } = await openPage(browser, '/evaluation?year=2025');
		const seen = new Set<string>();
		for (let i = 0; i < 90; i++) {
			await page.keyboard.press('Tab');
			const what = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el?.closest('main')) return '';
				return `${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ')[0]}`;
			});
			if (what) seen.add(what);
		}
		for (const control of [
			'select.',
			'button.export',
			'button.export-report',
			'button.sort',
			'button.toggle'
		])
			expect(
				[...seen].some((s) => s.startsWith(control)),
				control
			).toBe(true);
		await page.context().close();
	});
});
