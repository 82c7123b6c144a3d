/**
 * The event date of a bulletin item: the first date its body gives, resolved against the
 * issue date. String arithmetic only (no JS Date), so results never shift with time zones.
 *
 * Counted, in order of appearance (full-width digits accepted):
 * - `YYYY年M月D日` (day), `YYYY年M月` (month), `M月D日` (day) anywhere;
 * - `M月` (month) only at a sentence/clause start or followed by ，、底 初 末 上旬 中旬 下旬;
 * - `YYYY年初|年内|年底|年末|上半年|下半年` (year).
 * Not counted: 近日/日前 (no date), a bare `YYYY年` in a noun phrase (2026年度, 2026-2027年,
 * 到2028年, 2025年食品…), dates announced as future (将于/计划于/拟于/定于/预计 just before),
 * deadlines (a date followed by 前),
 * impossible dates (2月30日), and years more than one after the issue's.
 * A month without a year belongs to the issue's year, or to the previous year when it is later
 * than the issue month (issue 2026-04-20, 12月5日 → 2025-12-05); 去年/今年 before it are honoured.
 */
import type { DatePrecision } from './types';

/** An event date as 'YYYY-MM-DD' (month precision: day 01; year precision: 01-01). */
export interface EventDate {
	date: string;
	precision: DatePrecision;
}

const D = '[0-9０-９]';
const SP = '[ \\u3000]?';
const DATE_RE = new RegExp(
	`(?<![0-9０-９])(?:(${D}{4})${SP}年${SP}(?:(${D}{1,2})${SP}月(?:${SP}(${D}{1,2})${SP}[日号])?|(初|内(?!蒙)|底|末|上半年|下半年))` +
		`|(${D}{1,2})${SP}月(?:${SP}(${D}{1,2})${SP}[日号])?)`,
	'g'
);
/** Characters after which a clause starts. */
const CLAUSE_START = /[。，,；;：:！!？?、\s（(“"「『【]$/;
/** What may follow a bare `M月`. */
const MONTH_FOLLOW = /^(?:[，、,]|底|初|末|上旬|中旬|下旬)/;
/** Words that mark the date as announced for the future. */
const FUTURE = /(?:将于|将在|计划于|计划在|拟于|拟在|定于|预计于?|将)$/;
const ISSUE_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse a run of ASCII or full-width digits. */
function num(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		n = n * 10 + (c >= 0xff10 ? c - 0xff10 : c - 48);
	}
	return n;
}

function daysIn(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}

function format(year: number, month: number, day: number): string {
	return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Return the first event date `body` gives, or null; see the module comment for what counts. */
export function extractEventDate(
	body: string,
	issueDate: string | null,
	issueYear: number
): EventDate | null {
	const issue = issueDate ? ISSUE_DATE_RE.exec(issueDate) : null;
	const refYear = issue ? num(issue[1]!) : issueYear;
	const refMonth = issue ? num(issue[2]!) : 12;
	DATE_RE.lastIndex = 0;
	for (let m = DATE_RE.exec(body); m; m = DATE_RE.exec(body)) {
		const before = body.slice(Math.max(0, m.index - 3), m.index);
		if (FUTURE.test(before) || body[DATE_RE.lastIndex] === '前') continue;
		const [, y, ym, yd, yPart, mm, md] = m;
		let year: number;
		let month: number;
		let day: string | undefined;
		if (y !== undefined) {
			year = num(y);
			if (year < 1949 || year > refYear + 1) continue;
			if (yPart !== undefined) return { date: format(year, 1, 1), precision: 'year' };
			month = num(ym!);
			day = yd;
		} else {
			month = num(mm!);
			day = md;
			if (day === undefined) {
				const after = body.slice(DATE_RE.lastIndex, DATE_RE.lastIndex + 2);
				const clause =
					m.index === 0 || CLAUSE_START.test(before) || /(?:去年|今年|于|在)$/.test(before);
				if (!clause && !MONTH_FOLLOW.test(after)) continue;
			}
			if (before.endsWith('去年')) year = refYear - 1;
			else if (before.endsWith('今年')) year = refYear;
			else year = month > refMonth ? refYear - 1 : refYear;
		}
		if (month < 1 || month > 12) continue;
		if (day === undefined) return { date: format(year, month, 1), precision: 'month' };
		const d = num(day);
		if (d < 1 || d > daysIn(year, month)) continue;
		return { date: format(year, month, d), precision: 'day' };
	}
	return null;
}
