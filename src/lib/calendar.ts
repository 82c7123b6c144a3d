/**
 * Calendar arithmetic on 'YYYY-MM' and 'YYYY-MM-DD' strings. Bulletin dates are China calendar
 * dates; going through a JS Date at UTC midnight shifts them by a day for some users, so the
 * maths here is integer arithmetic on the digits.
 */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True for a real month 'YYYY-MM'. */
export function isYearMonth(s: string): boolean {
	return MONTH.test(s);
}

/** True for a real calendar date 'YYYY-MM-DD' (29 February only in leap years). */
export function isDate(s: string): boolean {
	const m = DATE.exec(s);
	return m !== null && Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
}

/** Whether a Gregorian year is a leap year. */
export function isLeapYear(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month m (1-12) of year y. */
export function daysInMonth(y: number, m: number): number {
	return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** 'YYYY-MM' from a year and a 1-based month. */
export function yearMonth(y: number, m: number): string {
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/** The month n months after (or before, when negative) a 'YYYY-MM'. */
export function addMonths(ym: string, n: number): string {
	const index = Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1 + n;
	return yearMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** Every month from `from` to `to` inclusive, ascending; empty when from > to. */
export function monthRange(from: string, to: string): string[] {
	const months: string[] = [];
	for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
	return months;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date (days-from-civil, proleptic Gregorian). */
export function dayNumber(date: string): number {
	let y = Number(date.slice(0, 4));
	const m = Number(date.slice(5, 7));
	const d = Number(date.slice(8, 10));
	y -= m <= 2 ? 1 : 0;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** The 'YYYY-MM-DD' date of a day number (inverse of dayNumber). */
export function dateFromDayNumber(n: number): string {
	const z = n + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	return `${yearMonth(yoe + era * 400 + (m <= 2 ? 1 : 0), m)}-${String(d).padStart(2, '0')}`;
}

/** Today's date in China (UTC+8, no daylight saving) as 'YYYY-MM-DD', whatever the browser's zone. */
export function chinaToday(nowMs: number = Date.now()): string {
	return dateFromDayNumber(Math.floor((nowMs + 8 * 3_600_000) / 86_400_000));
}

/** A moment as China wall-clock time 'YYYY-MM-DD HH:mm' (Asia/Shanghai), whatever the machine's zone. */
export function chinaMinute(moment: Date = new Date()): string {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Asia/Shanghai',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(moment);
	const part = (type: Intl.DateTimeFormatPartTypes) =>
		parts.find((p) => p.type === type)?.value ?? '';
	return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
