/**
 * When is an imported file one the archive already holds? The same bytes (content hash), the same content
 * in another format (the items' text with white space removed: a PDF of a .txt adds spaces), or only the
 * same issue number with different content, where keeping both is offered and the new one gets an id
 * suffix ('2026-01b'), so nothing is double-counted.
 */
import type { ParsedIssue, Section } from '../bulletin/types';

/** How a file matches what the archive (or an earlier file of the same import) holds. */
export interface Duplicate {
	/** same-hash: byte-identical; same-content: the same items in another format or encoding; same-issue: same id, different items. */
	kind: 'same-hash' | 'same-content' | 'same-issue';
	existingIssueId: string;
	/** Set when the match is an earlier file of this import rather than the archive. */
	batchFile?: string;
}

/** The text that decides whether two versions of an issue truly differ: sections, titles, bodies, white space removed. */
export function contentKey(
	items: readonly { section: Section | string; title: string | null; body: string | null }[]
): string {
	const strip = (s: string | null) => (s ?? '').replace(/\s+/g, '');
	return items
		.map((i) => `${i.section}\u0001${strip(i.title)}\u0001${strip(i.body)}`)
		.join('\u0002');
}

const VARIANT = /^(.+?)([b-z])$/;

/** The issue id a kept-both variant was made from ('2026-01b' → '2026-01'), or null. */
export function variantBase(id: string): string | null {
	const m = VARIANT.exec(id);
	return m && /^\d{4}-\d{2,}$|^csv\d*-\d{4}-\d{2}$/.test(m[1]!) ? m[1]! : null;
}

/** The first of 'b', 'c' … 'z' appended to `id` that is not taken. */
export function nextVariantId(id: string, taken: ReadonlySet<string>): string {
	for (let c = 'b'.charCodeAt(0); c <= 'z'.charCodeAt(0); c++) {
		const candidate = `${id}${String.fromCharCode(c)}`;
		if (!taken.has(candidate)) return candidate;
	}
	throw new Error(`期号 ${id} 已有太多并存版本 (too many kept versions of ${id})`);
}

/** The same parsed issue under another id: item ids and the names' item ids follow. */
export function renameIssue(parsed: ParsedIssue, id: string): ParsedIssue {
	if (parsed.issue.id === id) return parsed;
	const itemId = (seq: number) => `${id}-${String(seq).padStart(2, '0')}`;
	const ids = new Map(parsed.items.map((i) => [i.id, itemId(i.seq)]));
	return {
		issue: { ...parsed.issue, id },
		items: parsed.items.map((i) => ({ ...i, id: ids.get(i.id)! })),
		warnings: parsed.warnings,
		unresolved: parsed.unresolved.map((u) => ({ ...u, itemId: ids.get(u.itemId) ?? u.itemId }))
	};
}

/** What the archive holds of one issue, for matching. */
export interface KnownIssue {
	id: string;
	contentHash: string | null;
	/** contentKey of its items; only needed for ids a new file also has. */
	key?: string;
}

/** A new file to match: its bytes' hash and the issues it yields (one for a bulletin). */
export interface Candidate {
	file: string;
	hash: string;
	issues: { id: string; key: string }[];
}

/**
 * Match each candidate against the archive, then against the earlier candidates of the same import.
 * The first match wins in the order: same bytes, same content, same issue id.
 */
export function findDuplicates(
	candidates: readonly Candidate[],
	known: readonly KnownIssue[]
): (Duplicate | null)[] {
	const byHash = new Map<string, string>();
	for (const k of known)
		if (k.contentHash && !byHash.has(k.contentHash)) byHash.set(k.contentHash, k.id);
	const byId = new Map(known.map((k) => [k.id, k]));
	const seen: { candidate: Candidate; index: number }[] = [];
	return candidates.map((c, index) => {
		const dup = match(c, byHash, byId) ?? matchBatch(c, seen);
		seen.push({ candidate: c, index });
		return dup;
	});
}

function match(
	c: Candidate,
	byHash: Map<string, string>,
	byId: Map<string, KnownIssue>
): Duplicate | null {
	const hashed = byHash.get(c.hash);
	if (hashed) return { kind: 'same-hash', existingIssueId: hashed };
	for (const issue of c.issues) {
		const k = byId.get(issue.id);
		if (!k) continue;
		return {
			kind: k.key !== undefined && k.key === issue.key ? 'same-content' : 'same-issue',
			existingIssueId: issue.id
		};
	}
	return null;
}

function matchBatch(c: Candidate, seen: { candidate: Candidate }[]): Duplicate | null {
	for (const { candidate: earlier } of seen) {
		if (earlier.hash === c.hash)
			return {
				kind: 'same-hash',
				existingIssueId: earlier.issues[0]?.id ?? '',
				batchFile: earlier.file
			};
	}
	for (const { candidate: earlier } of seen) {
		for (const issue of c.issues) {
			const other = earlier.issues.find((i) => i.id === issue.id);
			if (other)
				return {
					kind: other.key === issue.key ? 'same-content' : 'same-issue',
					existingIssueId: issue.id,
					batchFile: earlier.file
				};
		}
	}
	return null;
}

/** What a person may do with a file: add it (no match), skip, replace the match, or keep both (only when the content differs). */
export type ImportAction = 'add' | 'skip' | 'replace' | 'keep-both';

/** The actions offered for a match, the default first (never destructive by default). */
export function allowedActions(dup: Duplicate | null): ImportAction[] {
	if (dup === null) return ['add', 'skip'];
	if (dup.kind === 'same-issue') return ['skip', 'replace', 'keep-both'];
	return ['skip', 'replace'];
}
