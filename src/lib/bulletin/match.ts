/** Match body items to their contents entries; titles may be worded slightly differently in the two. */
import { titleKey } from './lines';
import type { RawItem } from './segment';
import { similarity, type TocEntry } from './toc';
import type { ParseWarning } from './types';

const FUZZY_MIN = 0.6;

/** Each item's contents entry; entries without an item and items without an entry become warnings. */
export function matchToc(
	entries: TocEntry[],
	items: RawItem[],
	hasToc: boolean,
	warnings: ParseWarning[]
): Map<RawItem, TocEntry> {
	const matched = new Map<RawItem, TocEntry>();
	const free = new Set(entries);
	const byKey = new Map<string, TocEntry[]>();
	for (const e of entries) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
	const pending: RawItem[] = [];
	for (const item of items) {
		const hit = byKey.get(titleKey(item.title))?.find((e) => free.has(e));
		if (hit) {
			matched.set(item, hit);
			free.delete(hit);
		} else pending.push(item);
	}
	for (const item of pending) {
		const key = titleKey(item.title);
		let best: TocEntry | null = null;
		let bestScore = 0;
		for (const e of free) {
			const score = key.includes(e.key) || e.key.includes(key) ? 0.95 : similarity(key, e.key);
			if (score > bestScore) [best, bestScore] = [e, score];
		}
		if (best && bestScore >= FUZZY_MIN) {
			matched.set(item, best);
			free.delete(best);
			warnings.push({
				code: 'title-mismatch',
				message: `正文标题与本期导读不一致：正文“${item.title}”，导读“${best.title}”`,
				line: item.line,
				text: `${item.title} ≠ ${best.title}`
			});
		} else if (hasToc) {
			warnings.push({
				code: 'item-not-in-toc',
				message: `正文条目不在本期导读中：${item.title}`,
				line: item.line,
				text: item.title
			});
		}
	}
	for (const e of free) {
		warnings.push({
			code: 'toc-unmatched',
			message: `本期导读中的条目在正文中没有找到：${e.title}`,
			line: e.line,
			text: e.title
		});
	}
	return matched;
}
