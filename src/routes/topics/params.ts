/**
 * The topics page's own URL params, next to the shared filters: how the trends are drawn
 * (`view`), their time grain (`grain`) and the keyword followed (`kw`). withFilter keeps these
 * params when a filter changes.
 */
import { monthRange } from '$lib/calendar';
import type { TrendGrain } from '$lib/queries/topic-trends';
import type { Filters } from '$lib/state/filters';

export type TrendView = 'lines' | 'stacked';
export const VIEWS: readonly TrendView[] = ['lines', 'stacked'];
export const GRAINS: readonly TrendGrain[] = ['month', 'year'];

/** The page's settings, and the params whose value was not allowed (shown, then ignored). */
export interface TopicsParams {
	view: TrendView;
	grain: TrendGrain;
	kw: string;
	invalid: { param: string; value: string; allowed: readonly string[] }[];
}

/** Periods up to three years long read best by month; longer ones (the whole archive) by year. */
const MONTHLY_UP_TO = 36;

/**
 * The grain when the URL names none, from the period filters alone (so the URL still decides):
 * a volume year or a from..to of at most three years is monthly, anything open-ended yearly.
 */
export function defaultGrain(f: Pick<Filters, 'from' | 'to' | 'year'>): TrendGrain {
	if (f.year !== null) return 'month';
	if (f.from && f.to && monthRange(f.from, f.to).length <= MONTHLY_UP_TO) return 'month';
	return 'year';
}

/** Read view, grain and kw from URL params; an unknown view or grain falls back to the default and is reported. */
export function parseTopicsParams(
	params: URLSearchParams,
	f: Pick<Filters, 'from' | 'to' | 'year'>
): TopicsParams {
	const invalid: TopicsParams['invalid'] = [];
	const pick = <T extends string>(param: string, allowed: readonly T[], fallback: T): T => {
		const v = params.get(param)?.trim() ?? '';
		if ((allowed as readonly string[]).includes(v)) return v as T;
		if (v !== '') invalid.push({ param, value: v, allowed });
		return fallback;
	};
	return {
		view: pick('view', VIEWS, 'lines'),
		grain: pick('grain', GRAINS, defaultGrain(f)),
		kw: params.get('kw')?.trim() ?? '',
		invalid
	};
}

/**
 * Path + query of `url` with one of the page's params set. A blank value, or view=lines (the
 * default), removes it; a grain is always written, since its default moves with the period.
 */
export function withTopicsParam(url: URL, param: 'view' | 'grain' | 'kw', value: string): string {
	const next = new URL(url);
	const v = value.trim();
	if (v === '' || (param === 'view' && v === VIEWS[0])) next.searchParams.delete(param);
	else next.searchParams.set(param, v);
	return next.pathname + next.search + next.hash;
}
