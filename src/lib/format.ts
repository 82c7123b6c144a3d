/** Numbers, months and dates for display, from 'YYYY-MM' / 'YYYY-MM-DD' strings without Date objects. */
import { format } from 'd3';
import { isDate, isYearMonth } from './calendar';
import type { Locale } from './i18n/translate';

const MONTHS_EN = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];
const integer = format(',d');
const decimal = format(',.2~f');
const percent = format('.0%');

/** A count with thousands separators (1,234), or a score to at most two decimals (12.5). */
export function formatNumber(n: number): string {
	if (!Number.isFinite(n)) return '—';
	return Number.isInteger(n) ? integer(n) : decimal(n);
}

/** A share 0..1 as a whole percentage (0.425 → 43%). */
export function formatPercent(share: number): string {
	return Number.isFinite(share) ? percent(share) : '—';
}

/** '2026-04' → '2026年4月' / 'Apr 2026'; anything else comes back as given so it is still seen. */
export function monthLabel(ym: string, locale: Locale): string {
	if (!isYearMonth(ym)) return ym;
	const [y, m] = [ym.slice(0, 4), Number(ym.slice(5, 7))];
	return locale === 'en' ? `${MONTHS_EN[m - 1]} ${y}` : `${y}年${m}月`;
}

/** Axis form of a month: '4月' / 'Apr', with the year in January ('2026年1月' / 'Jan 2026'). */
export function monthTickLabel(ym: string, locale: Locale): string {
	if (!isYearMonth(ym) || ym.endsWith('-01')) return monthLabel(ym, locale);
	const m = Number(ym.slice(5, 7));
	return locale === 'en' ? MONTHS_EN[m - 1]! : `${m}月`;
}

/** '2026-04-20' → '2026年4月20日' / '20 Apr 2026'; a 'YYYY-MM' gets monthLabel; else as given. */
export function dateLabel(date: string, locale: Locale): string {
	if (isYearMonth(date)) return monthLabel(date, locale);
	if (!isDate(date)) return date;
	const [y, m, d] = [date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
	return locale === 'en' ? `${d} ${MONTHS_EN[m - 1]} ${y}` : `${y}年${m}月${d}日`;
}

/** A period from two optional months: '2026年1月—2026年6月', '2026年1月起', '至2026年6月'. */
export function periodLabel(from: string | null, to: string | null, locale: Locale): string {
	const [f, t] = [from && monthLabel(from, locale), to && monthLabel(to, locale)];
	if (f && t) return f === t ? f : locale === 'en' ? `${f} – ${t}` : `${f}—${t}`;
	if (f) return locale === 'en' ? `from ${f}` : `${f}起`;
	if (t) return locale === 'en' ? `until ${t}` : `至${t}`;
	return '';
}
