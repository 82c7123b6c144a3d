/** Words for one item's place in the archive: its issue, its event date at the precision the text gave. */
import type { DatePrecision } from '$lib/bulletin/types';
import { dateLabel, monthLabel } from '$lib/format';
import type { Locale } from '$lib/i18n/translate';
import { issueParts } from '../periods';

/** '2025年第6期 · 总第83期' from the issue id and serial; the id itself when it is not 'YYYY-NN'. */
export function issueName(
	issueId: string,
	serial: number | null,
	words: {
		issue: (v: { year: number; number: number }) => string;
		serial: (v: { serial: number }) => string;
	}
): string {
	const parts = issueParts(issueId);
	const name = parts ? words.issue(parts) : issueId;
	return serial === null ? name : `${name} · ${words.serial({ serial })}`;
}

/** An event date as precise as the bulletin gave it: a day, a month, or a year. */
export function eventDateLabel(
	date: string,
	precision: DatePrecision | null,
	locale: Locale
): string {
	if (precision === 'year') return locale === 'en' ? date.slice(0, 4) : `${date.slice(0, 4)}年`;
	if (precision === 'month') return monthLabel(date.slice(0, 7), locale);
	return dateLabel(date, locale);
}

/** A score change with its sign: +3.5, −2, 0. */
export function signed(n: number, format: (n: number) => string): string {
	if (n > 0) return `+${format(n)}`;
	if (n < 0) return `−${format(-n)}`;
	return format(0);
}
