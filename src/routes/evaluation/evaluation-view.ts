/** Everything the evaluation page shows for one URL: the years on offer, the chosen year's result, the data version. */
import type { Db } from '$lib/db/types';
import { evaluateYear } from '$lib/evaluation/evaluate';
import type { EvaluationResult } from '$lib/evaluation/types';
import { archiveVersion, issueYears, type ArchiveVersionRow } from '$lib/queries/evaluation';

/** The page's data. `year` is the one asked for, else the latest year with issues; null when there are none. */
export interface EvaluationView {
	years: number[];
	year: number | null;
	result: EvaluationResult | null;
	version: ArchiveVersionRow;
}

/** Load the page's data in one go, so the page is ready only once the result for the right year is in. */
export async function loadEvaluationView(
	db: Db,
	{ year, real }: { year: number | null; real: boolean }
): Promise<EvaluationView> {
	const years = await issueYears(db, { real });
	const version = await archiveVersion(db, { real });
	const chosen = year ?? years.at(-1) ?? null;
	const result = chosen === null ? null : await evaluateYear(db, chosen, { real });
	return { years, year: chosen, result, version };
}
