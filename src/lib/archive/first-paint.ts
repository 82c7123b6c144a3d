/**
 * Whether the precomputed summary (static/data/summary.json) still describes what the page will show:
 * true only while the archive is the embedded dataset alone. Kept in localStorage because the overview
 * must decide before DuckDB and the stored archive have loaded.
 */
const KEY = 'pulse.archive.embeddedOnly';

/** Record whether the archive is the embedded dataset alone (called whenever the archive is published). */
export function rememberEmbeddedOnly(embeddedOnly: boolean): void {
	try {
		localStorage.setItem(KEY, embeddedOnly ? '1' : '0');
	} catch {
		// storage blocked: the overview then waits for DuckDB, which is always right
	}
}

/** May the overview draw from summary.json while DuckDB starts? Unknown counts as no. */
export function summaryDescribesArchive(): boolean {
	try {
		return (localStorage.getItem(KEY) ?? '1') === '1';
	} catch {
		return false;
	}
}
