// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
	localStorage.clear();
	vi.resetModules();
});

describe('current locale', () => {
	it('defaults to zh-CN', async () => {
		const { getLocale, t } = await import('./i18n.svelte');
		expect(getLocale()).toBe('zh-CN');
		expect(t('app.name')).toBe('联盟活跃度看板');
	});

	it('switches, remembers under pulse.locale and sets <html lang>', async () => {
		const { setLocale, t, chartLabels } = await import('./i18n.svelte');
		setLocale('en');
		expect(t('unit.items', { n: 4 })).toBe('4 items');
		expect(chartLabels().table).toBe('Table');
		expect(localStorage.getItem('pulse.locale')).toBe('en');
		expect(document.documentElement.lang).toBe('en');
	});

	it('starts in the remembered locale and ignores an unknown one', async () => {
		localStorage.setItem('pulse.locale', 'en');
		expect((await import('./i18n.svelte')).getLocale()).toBe('en');
		vi.resetModules();
		localStorage.setItem('pulse.locale', 'fr');
		expect((await import('./i18n.svelte')).getLocale()).toBe('zh-CN');
	});
});
