/**
 * Multi-label keyword tagging of bulletin items with activity types / policy themes.
 *
 * Rules (see data/README.md): a topic matches when one of its keywords occurs in the
 * title or the body, unless every occurrence is discarded. An occurrence is discarded
 * when it lies inside an occurrence of one of the topic's negative keywords (`!高标准`
 * drops the 标准 of 高标准) or inside a longer occurrence of another of the topic's own
 * keywords (the 标准 of 国际标准 is reported as 国际标准). Matching is literal and
 * case-sensitive. All keywords are compiled once into a first-character table, so
 * tagging is a single pass over the text.
 */
import type { Section, TopicMatch } from '../bulletin/types';
import { SECTIONS } from '../bulletin/types';
import type { Topic } from './types';

/** What `tagItem` reads of an item. */
export interface TaggableItem {
	section: Section;
	title: string;
	body: string;
}

/** Topics compiled for fast repeated tagging. */
export interface TopicTagger {
	readonly topics: readonly Topic[];
	/** Tag one item; same result as `tagItem(topics, item)`. */
	tag(item: TaggableItem): TopicMatch[];
}

interface Entry {
	text: string;
	/** Second UTF-16 unit of `text`, or -1 for one-unit keywords. */
	second: number;
	topic: number;
	negative: boolean;
}

/** Keywords of the topics that apply to one section, indexed by first UTF-16 unit. */
interface Table {
	/** char code → 1-based index into `buckets` (0: no keyword starts with it). */
	first: Uint16Array;
	/** Entries sharing a first unit, longest first. */
	buckets: Entry[][];
}

function buildTable(topics: readonly Topic[], section: Section): Table {
	const first = new Uint16Array(65536);
	const buckets: Entry[][] = [];
	topics.forEach((topic, index) => {
		if (!topic.sections.includes(section)) return;
		for (const raw of topic.keywords) {
			const negative = raw.startsWith('!');
			const text = negative ? raw.slice(1) : raw;
			if (text.length === 0) continue;
			const code = text.charCodeAt(0);
			let slot = first[code] ?? 0;
			if (slot === 0) {
				buckets.push([]);
				slot = buckets.length;
				first[code] = slot;
			}
			buckets[slot - 1]!.push({
				text,
				second: text.length > 1 ? text.charCodeAt(1) : -1,
				topic: index,
				negative
			});
		}
	});
	for (const b of buckets) b.sort((x, y) => y.text.length - x.text.length);
	return { first, buckets };
}

/** Every keyword occurrence in `text`, in order of position (longer first at one position). */
function scan(table: Table, text: string, starts: number[], entries: Entry[]): void {
	const { first, buckets } = table;
	for (let i = 0; i < text.length; i++) {
		const slot = first[text.charCodeAt(i)]!;
		if (slot === 0) continue;
		const next = text.charCodeAt(i + 1);
		for (const e of buckets[slot - 1]!) {
			if ((e.second === -1 || e.second === next) && text.startsWith(e.text, i)) {
				starts.push(i);
				entries.push(e);
			}
		}
	}
}

function tagWith(topics: readonly Topic[], table: Table, item: TaggableItem): TopicMatch[] {
	const text = item.title + '\n' + item.body;
	const starts: number[] = [];
	const entries: Entry[] = [];
	scan(table, text, starts, entries);
	const n = starts.length;
	if (n === 0) return [];
	const words = new Map<number, string[]>();
	for (let h = 0; h < n; h++) {
		const e = entries[h]!;
		if (e.negative) continue;
		const s = starts[h]!;
		const end = s + e.text.length;
		let discarded = false;
		for (let k = 0; k < n && !discarded; k++) {
			if (k === h) continue;
			const o = entries[k]!;
			if (o.topic !== e.topic) continue;
			const os = starts[k]!;
			if (os > s || os + o.text.length < end) continue;
			discarded = o.negative || o.text.length > e.text.length;
		}
		if (discarded) continue;
		const list = words.get(e.topic);
		if (!list) words.set(e.topic, [e.text]);
		else if (!list.includes(e.text)) list.push(e.text);
	}
	const out: TopicMatch[] = [];
	for (const index of [...words.keys()].sort((a, b) => a - b)) {
		out.push({ id: topics[index]!.id, words: words.get(index)! });
	}
	return out;
}

/** Compile topics once into a tagger (one first-character table per section). */
export function compileTopics(topics: readonly Topic[]): TopicTagger {
	const tables = new Map<Section, Table>(SECTIONS.map((s) => [s, buildTable(topics, s)]));
	return {
		topics,
		tag: (item) => {
			const table = tables.get(item.section);
			return table ? tagWith(topics, table, item) : [];
		}
	};
}

const compiled = new WeakMap<readonly Topic[], TopicTagger>();

/** Tag an item with every topic (of its section) whose keywords occur in its title or body; topics in CSV order, words in order of first occurrence. */
export function tagItem(topics: Topic[], item: TaggableItem): TopicMatch[] {
	let tagger = compiled.get(topics);
	if (!tagger) {
		tagger = compileTopics(topics);
		compiled.set(topics, tagger);
	}
	return tagger.tag(item);
}
