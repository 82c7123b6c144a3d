/**
 * The keyword index. Chinese has no spaces, so words come from Intl.Segmenter (ICU's dictionary,
 * the same in Node and Chromium); segmenting on every filter change would be far too slow, so
 * buildItemKeywords stores each item's distinct words once in item_keywords.
 */
import { appendColumns } from '../db/appender';
import type { Db } from '../db/types';
import { ensureKeywordTable } from './keywords-schema';
import { isKeyword } from './stopwords';
import { and, inList, run, sql } from './sql';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

// Punctuation and spaces always end a word, so segmenting clause by clause gives the same words as the whole
// text; and bulletins repeat clauses (mastheads, attributions, stock phrases), so a clause cache pays.
const CLAUSE_BREAK = /[\s，。；：！？、（）()“”‘’《》【】「」,.;:!?"'—…·/]+/u;
const CACHE_LIMIT = 100_000;
const clauseCache = new Map<string, string[]>();

function clauseKeywords(clause: string): string[] {
	let words = clauseCache.get(clause);
	if (words === undefined) {
		words = [];
		for (const s of segmenter.segment(clause))
			if (s.isWordLike && isKeyword(s.segment)) words.push(s.segment);
		if (clauseCache.size >= CACHE_LIMIT) clauseCache.clear();
		clauseCache.set(clause, words);
	}
	return words;
}

/** The distinct keywords of a text, in order of first appearance (stop words, 1-char words, digits and punctuation left out). */
export function segmentKeywords(text: string): string[] {
	const words = new Set<string>();
	for (const clause of text.split(CLAUSE_BREAK))
		if (clause) for (const w of clauseKeywords(clause)) words.add(w);
	return [...words];
}

const BATCH = 5_000;

/**
 * Rebuild item_keywords from every item's title and body (about 30–170 µs per item in Node,
 * depending on how often clauses repeat), or only for the items of `issueIds` after an import
 * or a removal (also dropping rows of items that no longer exist).
 */
export async function buildItemKeywords(
	db: Db,
	issueIds?: string[]
): Promise<{ items: number; rows: number }> {
	const only = issueIds ? inList('issue_id', issueIds) : null;
	return db.transaction(async (tx) => {
		await ensureKeywordTable(tx);
		if (only) {
			await run(
				tx,
				sql`DELETE FROM item_keywords WHERE item_id IN (SELECT id FROM items WHERE ${only}) OR item_id NOT IN (SELECT id FROM items)`
			);
		} else {
			await tx.exec('DELETE FROM item_keywords');
		}
		let items = 0;
		let rows = 0;
		let after = '';
		for (;;) {
			// Keyset paging: OFFSET would rescan every earlier row on each batch.
			const batch = await run<{ id: string; title: string | null; body: string | null }>(
				tx,
				sql`SELECT id, title, body FROM items WHERE id > ${after} AND ${only ?? and([])} ORDER BY id LIMIT ${BATCH}::INTEGER`
			);
			const columns = { item_id: [] as string[], word: [] as string[] };
			for (const item of batch) {
				for (const word of segmentKeywords(`${item.title ?? ''}\n${item.body ?? ''}`)) {
					columns.item_id.push(item.id);
					columns.word.push(word);
				}
			}
			await appendColumns(tx, 'item_keywords', { item_id: 'VARCHAR', word: 'VARCHAR' }, columns);
			items += batch.length;
			rows += columns.word.length;
			if (batch.length < BATCH) break;
			after = batch[batch.length - 1]!.id;
		}
		return { items, rows };
	});
}
