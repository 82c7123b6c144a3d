import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, screenshot } from './harness';

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('overview page', () => {
	it('reaches ready with no console error and no request to another host', async () => {
		const { page, errors, foreign } = await openPage(browser, '/');
		await screenshot(page, 'overview');
		expect(errors).toEqual([]);
		expect(foreign).toEqual([]);
		await expect(page.locator('main h1').textContent()).resolves.toBe('总览');
	});
});
