/** Storing parsed bulletins: the whole archive, or one issue at a time, each in one transaction. */
import type { ParsedIssue } from '../bulletin/types';
import type { Alliance } from '../registry/types';
import type { Topic } from '../topics/types';
import { refreshAggregates } from './schema';
import { appendColumns, type ColumnValue, type TableColumns } from './appender';
import {
	ALLIANCES,
	ISSUES,
	ITEMS,
	ITEM_ALLIANCES,
	ITEM_TOPICS,
	PARSE_WARNINGS,
	TOPICS,
	UNRESOLVED_NAMES
} from './columns';
import type { Db } from './types';

/** A parsed bulletin with the file it came from. */
export interface ArchiveIssue {
	parsed: ParsedIssue;
	sourceFile: string;
	contentHash: string;
}

/** Everything the archive holds. */
export interface ArchiveInput {
	issues: ArchiveIssue[];
	/** `userCreated`: added by a person in the import view rather than shipped in data/alliances.csv. */
	alliances: (Alliance & { userCreated?: boolean })[];
	topics: Topic[];
}

/** What loadArchive reads: issues may also come from a generator, read once in batches, so an archive parsed file by file never sits whole in the heap. */
export type ArchiveSource = Omit<ArchiveInput, 'issues'> & {
	issues: Iterable<ArchiveIssue> | AsyncIterable<ArchiveIssue>;
};

const ISSUE_TABLES = [
	'issues',
	'items',
	'item_alliances',
	'item_topics',
	'parse_warnings',
	'unresolved_names'
];
/** Items per batch of issues sent to DuckDB: bounds the columns held in JS at once. */
const BATCH_ITEMS = 50_000;

/** An event date as a DATE: 'YYYY-MM' and 'YYYY' (month or year precision) count from their first day. */
function eventDay(date: string | null): string | null {
	if (date === null) return null;
	if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
	if (/^\d{4}$/.test(date)) return `${date}-01-01`;
	return date;
}

function columnsFor<C extends TableColumns>(types: C): { [K in keyof C]: ColumnValue[] } {
	return Object.fromEntries(Object.keys(types).map((name) => [name, []])) as unknown as {
		[K in keyof C]: ColumnValue[];
	};
}

// Columns filled by plain loops: no object per row, which at a million items is what the garbage collector pays for.
async function appendBatch(tx: Db, batch: ArchiveIssue[]): Promise<void> {
	const [issues, items, itemAlliances, itemTopics, warnings, unresolved] = [
		columnsFor(ISSUES),
		columnsFor(ITEMS),
		columnsFor(ITEM_ALLIANCES),
		columnsFor(ITEM_TOPICS),
		columnsFor(PARSE_WARNINGS),
		columnsFor(UNRESOLVED_NAMES)
	];
	for (const { parsed, sourceFile, contentHash } of batch) {
		const { issue } = parsed;
		issues.id.push(issue.id);
		issues.title.push(issue.title);
		issues.year.push(issue.year);
		issues.number.push(issue.number);
		issues.serial.push(issue.serial);
		issues.date.push(issue.date);
		issues.publisher.push(issue.publisher);
		issues.editor.push(issue.editor);
		issues.reviewer.push(issue.reviewer);
		issues.signer.push(issue.signer);
		issues.source_file.push(sourceFile);
		issues.content_hash.push(contentHash);
		issues.synthetic.push(issue.synthetic);
		issues.item_count.push(parsed.items.length);
		const month = issue.date?.slice(0, 7) ?? null;
		for (const item of parsed.items) {
			items.id.push(item.id);
			items.issue_id.push(issue.id);
			items.section.push(item.section);
			items.seq.push(item.seq);
			items.title.push(item.title);
			items.body.push(item.body);
			items.attribution.push(item.attribution);
			items.kind.push(item.kind);
			items.contributor.push(item.contributor);
			items.info_source.push(item.infoSource);
			items.event_date.push(eventDay(item.eventDate));
			items.event_precision.push(item.eventPrecision);
			items.month.push(month);
			items.issue_date.push(issue.date);
			items.year.push(issue.year);
			items.synthetic.push(issue.synthetic);
			items.line.push(item.line);
			for (const a of item.alliances) {
				itemAlliances.item_id.push(item.id);
				itemAlliances.alliance_id.push(a.id);
				itemAlliances.role.push(a.role);
				itemAlliances.text.push(a.text);
			}
			for (const t of item.topics) {
				itemTopics.item_id.push(item.id);
				itemTopics.topic_id.push(t.id);
				itemTopics.words.push(t.words);
			}
		}
		for (const w of parsed.warnings) {
			warnings.issue_id.push(issue.id);
			warnings.code.push(w.code);
			warnings.message.push(w.message);
			warnings.line.push(w.line);
			warnings.text.push(w.text ?? null);
		}
		for (const u of parsed.unresolved) {
			unresolved.issue_id.push(issue.id);
			unresolved.item_id.push(u.itemId);
			unresolved.text.push(u.text);
			unresolved.role.push(u.role);
			unresolved.suggestions.push(u.suggestions.map((a) => a.id));
		}
	}
	await appendColumns(tx, 'issues', ISSUES, issues);
	await appendColumns(tx, 'items', ITEMS, items);
	await appendColumns(tx, 'item_alliances', ITEM_ALLIANCES, itemAlliances);
	await appendColumns(tx, 'item_topics', ITEM_TOPICS, itemTopics);
	await appendColumns(tx, 'parse_warnings', PARSE_WARNINGS, warnings);
	await appendColumns(tx, 'unresolved_names', UNRESOLVED_NAMES, unresolved);
}

async function insertIssues(tx: Db, archiveIssues: ArchiveSource['issues']): Promise<void> {
	let batch: ArchiveIssue[] = [];
	let items = 0;
	for await (const issue of archiveIssues) {
		batch.push(issue);
		items += issue.parsed.items.length;
		if (items >= BATCH_ITEMS) {
			await appendBatch(tx, batch);
			[batch, items] = [[], 0];
		}
	}
	if (batch.length) await appendBatch(tx, batch);
}

async function insertRegistry(
	tx: Db,
	alliances: ArchiveInput['alliances'],
	topics: Topic[]
): Promise<void> {
	await appendColumns(tx, 'alliances', ALLIANCES, {
		id: alliances.map((a) => a.id),
		name: alliances.map((a) => a.name),
		short_names: alliances.map((a) => a.shortNames),
		aliases: alliances.map((a) => a.aliases),
		acronym: alliances.map((a) => a.acronym),
		domain: alliances.map((a) => a.domain),
		user_created: alliances.map((a) => a.userCreated ?? false)
	});
	await appendColumns(tx, 'topics', TOPICS, {
		id: topics.map((t) => t.id),
		zh: topics.map((t) => t.zh),
		en: topics.map((t) => t.en),
		dimension: topics.map((t) => t.dimension),
		sections: topics.map((t) => t.sections),
		keywords: topics.map((t) => t.keywords)
	});
}

async function deleteIssue(tx: Db, issueId: string): Promise<number> {
	const [found] = await tx.query<{ n: number }>('SELECT count(*) AS n FROM issues WHERE id = ?', [
		issueId
	]);
	for (const table of ['item_alliances', 'item_topics']) {
		await tx.query(
			`DELETE FROM ${table} WHERE item_id IN (SELECT id FROM items WHERE issue_id = ?)`,
			[issueId]
		);
	}
	for (const table of ['items', 'parse_warnings', 'unresolved_names']) {
		await tx.query(`DELETE FROM ${table} WHERE issue_id = ?`, [issueId]);
	}
	await tx.query('DELETE FROM issues WHERE id = ?', [issueId]);
	return found?.n ?? 0;
}

/** Replace the whole archive (registry, topics, every issue) with `input`, then rebuild the aggregates; all or nothing. */
export async function loadArchive(db: Db, input: ArchiveSource): Promise<void> {
	await db.transaction(async (tx) => {
		for (const table of [...ISSUE_TABLES, 'alliances', 'topics'])
			await tx.exec(`DELETE FROM ${table}`);
		await insertRegistry(tx, input.alliances, input.topics);
		await insertIssues(tx, input.issues);
		await refreshAggregates(tx);
	});
}

/** Store one issue, replacing any earlier version with the same id, then rebuild the aggregates; all or nothing. */
export async function replaceIssue(db: Db, issue: ArchiveIssue): Promise<void> {
	await db.transaction(async (tx) => {
		await deleteIssue(tx, issue.parsed.issue.id);
		await insertIssues(tx, [issue]);
		await refreshAggregates(tx, [issue.parsed.issue.id]);
	});
}

/** Delete one issue's rows from every table and rebuild the aggregates; false when no such issue was stored. */
export async function removeIssue(db: Db, issueId: string): Promise<boolean> {
	return db.transaction(async (tx) => {
		const found = (await deleteIssue(tx, issueId)) > 0;
		if (found) await refreshAggregates(tx, [issueId]);
		return found;
	});
}
