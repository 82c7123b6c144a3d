/** One item in full: its text, the alliances it names and the evidence for its activity types. */
import type { AllianceRole, DatePrecision, ItemKind, Section } from '../bulletin/types';
import type { Db } from '../db/types';
import type { Dimension } from '../topics/types';

/** An alliance the item names, in the role it plays and with the words that named it. */
export interface ItemAllianceRow {
	id: string;
	name: string;
	role: AllianceRole;
	text: string;
}

/** An activity type (or policy theme) the item was tagged with, and the words that earned it. */
export interface ItemTopicRow {
	topicId: string;
	zh: string;
	en: string;
	dimension: Dimension;
	words: string[];
}

/** The whole item. Dates are 'YYYY-MM-DD'. */
export interface ItemDetail {
	id: string;
	issueId: string;
	issueDate: string | null;
	issueSerial: number | null;
	issueNumber: number | null;
	section: Section;
	seq: number | null;
	title: string;
	body: string;
	attribution: string | null;
	kind: ItemKind | null;
	contributor: string | null;
	infoSource: string | null;
	eventDate: string | null;
	eventPrecision: DatePrecision | null;
	synthetic: boolean;
	/** Line of the title in the bulletin's decoded text. */
	line: number | null;
	alliances: ItemAllianceRow[];
	topics: ItemTopicRow[];
}

const ROLE_ORDER = "array_position(['contributor', 'subject', 'mentioned'], ia.role)";

/** The item with this id, or null when there is none. */
export async function getItem(db: Db, id: string): Promise<ItemDetail | null> {
	const [item] = await db.query<Omit<ItemDetail, 'alliances' | 'topics'>>(
		`SELECT i.id, i.issue_id AS issueId, i.issue_date AS issueDate, s.serial AS issueSerial, s.number AS issueNumber,
			i.section, i.seq, i.title, coalesce(i.body, '') AS body, i.attribution, i.kind, i.contributor,
			i.info_source AS infoSource, i.event_date AS eventDate, i.event_precision AS eventPrecision, i.synthetic, i.line
		FROM items i LEFT JOIN issues s ON s.id = i.issue_id WHERE i.id = ?`,
		[id]
	);
	if (!item) return null;
	const alliances = await db.query<ItemAllianceRow>(
		`SELECT ia.alliance_id AS id, coalesce(a.name, ia.alliance_id) AS name, ia.role, ia.text
		FROM item_alliances ia LEFT JOIN alliances a ON a.id = ia.alliance_id
		WHERE ia.item_id = ? ORDER BY ${ROLE_ORDER}, ia.alliance_id, ia.text`,
		[id]
	);
	const topics = await db.query<ItemTopicRow>(
		`SELECT it.topic_id AS topicId, t.zh, t.en, t.dimension, it.words
		FROM item_topics it LEFT JOIN topics t ON t.id = it.topic_id
		WHERE it.item_id = ? ORDER BY it.topic_id`,
		[id]
	);
	return { ...item, alliances, topics };
}
