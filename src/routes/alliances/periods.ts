/** The heat map's time axis: which grain, and the months a cell stands for. */
import { addMonths, monthRange } from '$lib/calendar';
import type { Grain } from '$lib/queries/period';
import type { Filters, Period } from '$lib/state/filters';

/** The grains a person can pick, finest first. */
export const GRAINS: readonly Grain[] = ['month', 'quarter', 'year', 'issue'];

/** The grain a URL value names, or null when it names none. */
export function parseGrain(value: string | null): Grain | null {
	return (GRAINS as readonly string[]).includes(value ?? '') ? (value as Grain) : null;
}

/**
 * The grain without a `grain` param: months for up to two years, quarters up to eight, else
 * years (a 15-year archive in months is 180 columns of slivers). A volume year is twelve months;
 * an open-ended period is read as long.
 */
export function defaultGrain(f: Pick<Filters, 'from' | 'to' | 'year'>): Grain {
	const months =
		f.from && f.to
			? monthRange(f.from, f.to).length
			: f.year !== null && !f.from && !f.to
				? 12
				: Infinity;
	return months <= 24 ? 'month' : months <= 96 ? 'quarter' : 'year';
}

/**
 * The months of one heat-map column: a month, a quarter 'YYYY-Qn', a year 'YYYY', or an issue
 * (its publication month, `issueMonth`; null when the issue has no date).
 */
export function periodMonths(
	period: string,
	grain: Grain,
	issueMonth: string | null = null
): Period | null {
	switch (grain) {
		case 'month':
			return { from: period, to: period };
		case 'quarter': {
			const q = Number(period.slice(6));
			const from = `${period.slice(0, 4)}-${String((q - 1) * 3 + 1).padStart(2, '0')}`;
			return { from, to: addMonths(from, 2) };
		}
		case 'year':
			return { from: `${period}-01`, to: `${period}-12` };
		case 'issue':
			return issueMonth ? { from: issueMonth, to: issueMonth } : null;
	}
}

/** Volume year and number of an issue id 'YYYY-NN' (2025-06 → 2025, 6); null for another form. */
export function issueParts(id: string): { year: number; number: number } | null {
	const m = /^(\d{4})-(\d{1,3})$/.exec(id);
	return m ? { year: Number(m[1]), number: Number(m[2]) } : null;
}
