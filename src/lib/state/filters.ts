/** Filters ↔ URL search params: the URL is the state a person shares, so it round-trips exactly. */
import { SECTIONS, type Section } from '../bulletin/types';
import { addMonths, isYearMonth } from '../calendar';
import { DEFAULT_LOCALE, translate, type Locale, type MessageKey } from '../i18n/translate';
import { DIMENSIONS, type Dimension } from '../topics/types';

/** Everything a view can be filtered, sorted and paged by. Months are 'YYYY-MM'. */
export interface Filters {
	alliances: string[];
	from: string | null;
	to: string | null;
	year: number | null;
	section: Section | null;
	type: string | null;
	dim: Dimension | null;
	q: string;
	real: boolean;
	sort: string | null;
	page: number;
}

/** A period as two months, inclusive. */
export interface Period {
	from: string;
	to: string;
}

/** No filters: every item, first page, default sort. */
export const DEFAULT_FILTERS: Readonly<Filters> = Object.freeze({
	alliances: [],
	from: null,
	to: null,
	year: null,
	section: null,
	type: null,
	dim: null,
	q: '',
	real: false,
	sort: null,
	page: 1
});

/** The URL parameter names this module owns, in the order filtersToParams writes them. */
export const FILTER_PARAMS = [
	'alliance',
	'from',
	'to',
	'year',
	'section',
	'type',
	'dim',
	'q',
	'real',
	'sort',
	'page'
] as const;

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const SORT = /^-?[A-Za-z][\w.]{0,39}$/;

/** A fresh copy of the default filters (arrays not shared). */
export function defaultFilters(): Filters {
	return { ...DEFAULT_FILTERS, alliances: [] };
}

/** Read filters from URL params; invalid or repeated values are dropped with a message naming them; empty ones mean unset. */
export function parseFilters(
	params: URLSearchParams,
	locale: Locale = DEFAULT_LOCALE
): { filters: Filters; errors: string[] } {
	const f = defaultFilters();
	const errors: string[] = [];
	const fail = (key: MessageKey, vars: Record<string, string>) =>
		errors.push(translate(locale, key, vars));
	const one = (param: string): string | null => {
		const all = params.getAll(param);
		if (all.length > 1) fail('filterError.repeated', { param, value: all[0]! });
		// An empty value is how a GET form says "any", so it means unset rather than invalid.
		return all[0]?.trim() || null;
	};
	const pick = <T extends string>(param: string, allowed: readonly T[]): T | null => {
		const v = one(param);
		if (v === null || (allowed as readonly string[]).includes(v)) return v as T | null;
		fail('filterError.enum', { param, value: v, allowed: allowed.join(' | ') });
		return null;
	};

	for (const raw of params.getAll('alliance')) {
		const v = raw.trim();
		if (v === '') continue;
		if (!ID.test(v)) fail('filterError.id', { param: 'alliance', value: raw });
		else if (!f.alliances.includes(v)) f.alliances.push(v);
	}
	for (const param of ['from', 'to'] as const) {
		const v = one(param);
		if (v !== null && isYearMonth(v)) f[param] = v;
		else if (v !== null) fail('filterError.month', { param, value: v });
	}
	if (f.from && f.to && f.from > f.to) {
		fail('filterError.range', { from: f.from, to: f.to });
		f.to = null;
	}
	const year = one('year');
	if (year !== null && /^\d{4}$/.test(year)) f.year = Number(year);
	else if (year !== null) fail('filterError.year', { param: 'year', value: year });
	f.section = pick('section', SECTIONS);
	const type = one('type');
	if (type !== null && ID.test(type)) f.type = type;
	else if (type !== null) fail('filterError.id', { param: 'type', value: type });
	f.dim = pick('dim', DIMENSIONS);
	f.q = params.get('q')?.trim() ?? '';
	const real = one('real');
	if (real === '1') f.real = true;
	else if (real !== null) fail('filterError.flag', { param: 'real', value: real });
	const sort = one('sort');
	if (sort !== null && SORT.test(sort)) f.sort = sort;
	else if (sort !== null) fail('filterError.sort', { param: 'sort', value: sort });
	const page = one('page');
	if (page !== null && /^[1-9]\d{0,5}$/.test(page)) f.page = Number(page);
	else if (page !== null) fail('filterError.page', { param: 'page', value: page });
	return { filters: f, errors };
}

/** URL params for filters, in FILTER_PARAMS order, defaults left out. */
export function filtersToParams(f: Filters): URLSearchParams {
	const p = new URLSearchParams();
	for (const a of f.alliances) p.append('alliance', a);
	if (f.from) p.set('from', f.from);
	if (f.to) p.set('to', f.to);
	if (f.year !== null) p.set('year', String(f.year));
	if (f.section) p.set('section', f.section);
	if (f.type) p.set('type', f.type);
	if (f.dim) p.set('dim', f.dim);
	if (f.q.trim()) p.set('q', f.q.trim());
	if (f.real) p.set('real', '1');
	if (f.sort) p.set('sort', f.sort);
	if (f.page > 1) p.set('page', String(f.page));
	return p;
}

/**
 * Path + query of `url` with `patch` applied. Changing any filter other than page or sort goes
 * back to page 1, since the old page may not exist any more. Params this module does not own stay.
 */
export function withFilter(url: URL, patch: Partial<Filters>): string {
	const current = parseFilters(url.searchParams).filters;
	const next: Filters = { ...current, ...patch };
	const changed = (Object.keys(patch) as (keyof Filters)[]).some(
		(k) => k !== 'page' && k !== 'sort' && JSON.stringify(current[k]) !== JSON.stringify(next[k])
	);
	if (changed && !('page' in patch)) next.page = 1;
	const params = filtersToParams(next);
	for (const [k, v] of url.searchParams) {
		if (!(FILTER_PARAMS as readonly string[]).includes(k)) params.append(k, v);
	}
	const query = params.toString();
	return url.pathname + (query ? `?${query}` : '') + url.hash;
}

/** The calendar year y, January to December. */
export function presetYear(y: number): Period {
	return { from: `${y}-01`, to: `${y}-12` };
}

/** The twelve months ending with the month of `today` ('YYYY-MM-DD' or 'YYYYMMDD', China date). */
export function presetLast12Months(today: string): Period {
	const digits = today.replace(/-/g, '');
	const to = `${digits.slice(0, 4)}-${digits.slice(4, 6)}`;
	if (!/^\d{8}$/.test(digits) || !isYearMonth(to))
		throw new Error(`presetLast12Months: not a date: ${today}`);
	return { from: addMonths(to, -11), to };
}

/** Quarter q (1-4) of year y. */
export function presetQuarter(y: number, q: 1 | 2 | 3 | 4): Period {
	const first = `${y}-${String((q - 1) * 3 + 1).padStart(2, '0')}`;
	return { from: first, to: addMonths(first, 2) };
}
