import { describe, expect, it } from 'vitest';
import { issueLabel } from './labels';

describe('issueLabel', () => {
	it.each([
		['2026-01', 'zh-CN', '2026年第1期'],
		['2025-24', 'zh-CN', '2025年第24期'],
		['2026-01', 'en', '2026 No. 1'],
		['upload-3', 'zh-CN', 'upload-3'],
		['', 'en', '']
	] as const)('%s in %s → %s', (id, locale, expected) => {
		expect(issueLabel(id, locale)).toBe(expected);
	});
});
