/** What every browser test needs: a page on the built app that records console errors and foreign requests. */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './browser';

export const baseUrl = () => inject('baseUrl');

/** A page plus what it logged: console errors, page errors, and requests to any other host. */
export interface TestPage {
	page: Page;
	errors: string[];
	foreign: string[];
}

/** Open a new page in `browser` at `path` and wait until <main data-state="ready">. */
export async function openPage(
	browser: Browser,
	path: string,
	viewport = { width: 1280, height: 800 }
): Promise<TestPage> {
	const context = await browser.newContext({
		viewport,
		acceptDownloads: true,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai'
	});
	const page = await context.newPage();
	const errors: string[] = [];
	const foreign: string[] = [];
	const base = baseUrl();
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		const u = r.url();
		if (!u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:')) foreign.push(u);
	});
	await page.goto(base + path);
	await waitReady(page);
	return { page, errors, foreign };
}

/** Wait until every view on the page has rendered for the current URL. */
export async function waitReady(page: Page, timeout = 30_000): Promise<void> {
	await page.waitForFunction(
		() => document.querySelector('main')?.dataset.state === 'ready',
		null,
		{ timeout }
	);
}

/** Save a screenshot as a test artefact under test-results/. */
export async function screenshot(page: Page, name: string): Promise<void> {
	mkdirSync('test-results', { recursive: true });
	await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

export { launchChromium };
