import { describe, expect, it, vi } from 'vitest';

vi.mock('$app/state', () => ({ page: { url: new URL('http://x/quality') } }));
vi.mock('$lib/state/url.svelte', () => ({ hrefWithFilters: (p: string) => p }));

const { issueLabel, issueScopeKey, itemScopeKey, scopeFromKey } = await import('./scope');
const { defaultFilters } = await import('$lib/state/filters');
const { noFilters } = await import('$lib/queries/where');

describe('scope keys', () => {
	const f = { ...defaultFilters(), from: '2025-01', q: '标准', section: 'alliance' as const };

	it('issue lists ignore item filters, sort and page', () => {
		expect(issueScopeKey({ ...f, q: '', section: null, sort: '-items', page: 3 })).toBe(
			issueScopeKey(f)
		);
		expect(issueScopeKey({ ...f, to: '2025-06' })).not.toBe(issueScopeKey(f));
		expect(scopeFromKey(issueScopeKey(f))).toEqual({ ...noFilters(), from: '2025-01' });
	});

	it('item lists ignore only sort and page', () => {
		expect(itemScopeKey({ ...f, sort: 'title', page: 2 })).toBe(itemScopeKey(f));
		expect(itemScopeKey({ ...f, q: '' })).not.toBe(itemScopeKey(f));
		expect(scopeFromKey(itemScopeKey(f))).toEqual({
			...noFilters(),
			from: '2025-01',
			q: '标准',
			section: 'alliance'
		});
	});
});

describe('issueLabel', () => {
	it.each([
		['2025-03', 'zh-CN', '2025年第3期'],
		['2026-12', 'en', '2026 No. 12'],
		['2025-03b', 'zh-CN', '2025-03b']
	] as const)('%s (%s) → %s', (id, locale, label) => {
		expect(issueLabel(id, locale)).toBe(label);
	});
});
