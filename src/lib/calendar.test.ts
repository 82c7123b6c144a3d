import { describe, expect, it } from 'vitest';
import {
	addMonths,
	chinaToday,
	dateFromDayNumber,
	dayNumber,
	daysInMonth,
	isDate,
	isYearMonth,
	monthRange
} from './calendar';

describe('isYearMonth / isDate', () => {
	it.each([
		['2026-04', true],
		['2026-12', true],
		['2026-13', false],
		['2026-00', false],
		['2026-4', false],
		['26-04', false],
		['2026-04-01', false]
	])('isYearMonth(%s) = %s', (s, ok) => expect(isYearMonth(s)).toBe(ok));

	it.each([
		['2026-04-20', true],
		['2024-02-29', true],
		['2026-02-29', false],
		['1900-02-29', false],
		['2000-02-29', true],
		['2026-04-31', false],
		['2026-4-20', false],
		['2026-04', false]
	])('isDate(%s) = %s', (s, ok) => expect(isDate(s)).toBe(ok));
});

describe('month arithmetic', () => {
	it.each([
		['2026-04', 1, '2026-05'],
		['2026-12', 1, '2027-01'],
		['2026-01', -1, '2025-12'],
		['2026-04', -11, '2025-05'],
		['2026-04', 24, '2028-04']
	])('addMonths(%s, %d) = %s', (ym, n, out) => expect(addMonths(ym, n)).toBe(out));

	it('monthRange spans years and is empty when reversed', () => {
		expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
		expect(monthRange('2026-03', '2026-03')).toEqual(['2026-03']);
		expect(monthRange('2026-04', '2026-03')).toEqual([]);
	});

	it.each([
		[2024, 2, 29],
		[2026, 2, 28],
		[2026, 4, 30],
		[2026, 12, 31]
	])('daysInMonth(%d, %d) = %d', (y, m, n) => expect(daysInMonth(y, m)).toBe(n));
});

describe('day numbers', () => {
	it.each([
		['1970-01-01', 0],
		['1970-01-02', 1],
		['1969-12-31', -1],
		['2000-03-01', 11017],
		['2026-04-20', 20563]
	])('dayNumber(%s) = %d and back', (date, n) => {
		expect(dayNumber(date)).toBe(n);
		expect(dateFromDayNumber(n)).toBe(date);
	});

	it('round-trips every day of 2023-2025', () => {
		for (let n = dayNumber('2023-01-01'); n <= dayNumber('2025-12-31'); n++) {
			const d = dateFromDayNumber(n);
			expect(isDate(d)).toBe(true);
			expect(dayNumber(d)).toBe(n);
		}
	});

	it('chinaToday is UTC+8', () => {
		expect(chinaToday(Date.UTC(2026, 3, 19, 15, 59))).toBe('2026-04-19');
		expect(chinaToday(Date.UTC(2026, 3, 19, 16, 0))).toBe('2026-04-20');
	});
});
