import { describe, expect, it } from 'vitest';
import { formatNumber } from '$lib/format';
import { eventDateLabel, issueName, signed } from './labels';

const words = {
	issue: (v: { year: number; number: number }) => `${v.year}年第${v.number}期`,
	serial: (v: { serial: number }) => `总第${v.serial}期`
};

describe('item labels', () => {
	it.each([
		['2025-06', 83, '2025年第6期 · 总第83期'],
		['2026-01', null, '2026年第1期'],
		['odd', 3, 'odd · 总第3期']
	] as const)('issue %s (serial %s) → %s', (id, serial, expected) => {
		expect(issueName(id, serial, words)).toBe(expected);
	});

	it.each([
		['2025-03-14', 'day', 'zh-CN', '2025年3月14日'],
		['2025-03-01', 'month', 'zh-CN', '2025年3月'],
		['2025-01-01', 'year', 'zh-CN', '2025年'],
		['2025-03-01', 'month', 'en', 'Mar 2025'],
		['2025-03-14', null, 'en', '14 Mar 2025']
	] as const)('event date %s at %s (%s) → %s', (date, precision, locale, expected) => {
		expect(eventDateLabel(date, precision, locale)).toBe(expected);
	});

	it.each([
		[3.5, '+3.5'],
		[-2, '−2'],
		[0, '0']
	])('signed(%s) → %s', (n, expected) => {
		expect(signed(n, formatNumber)).toBe(expected);
	});
});
