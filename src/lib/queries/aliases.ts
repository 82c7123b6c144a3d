/**
 * A person's name resolutions applied to rows already stored: the embedded dataset is not parsed in the
 * browser, so a new alias moves its unresolved names to item_alliances here (stored sources are parsed again).
 */
import { appendColumns } from '../db/appender';
import { refreshAggregates } from '../db/schema';
import type { Db } from '../db/types';
import type { Alliance } from '../registry/types';
import { inList, run, sql } from './sql';

/** Every distinct unresolved name in the archive. */
export async function unresolvedNameTexts(db: Db): Promise<string[]> {
	const rows = await db.query<{ text: string }>(
		'SELECT DISTINCT text FROM unresolved_names WHERE text IS NOT NULL ORDER BY text'
	);
	return rows.map((r) => r.text);
}

/**
 * Resolve every unresolved occurrence of `text` to `allianceId`: each becomes an item_alliances row with its
 * role (unless the item already has that alliance in that role), its unresolved row and warning go, and the
 * aggregates of the issues concerned are rebuilt; one transaction. Returns those issues' ids.
 */
export async function applyAlias(db: Db, text: string, allianceId: string): Promise<string[]> {
	return db.transaction(async (tx) => {
		const issues = await tx.query<{ issueId: string }>(
			'SELECT DISTINCT issue_id AS issueId FROM unresolved_names WHERE text = ? ORDER BY 1',
			[text]
		);
		if (issues.length === 0) return [];
		await tx.query(
			`INSERT INTO item_alliances
			SELECT DISTINCT u.item_id, ?, u.role, u.text FROM unresolved_names u
			WHERE u.text = ? AND u.item_id IS NOT NULL AND NOT EXISTS (
				SELECT 1 FROM item_alliances a WHERE a.item_id = u.item_id AND a.alliance_id = ? AND a.role = u.role)`,
			[allianceId, text, allianceId]
		);
		await tx.query('DELETE FROM unresolved_names WHERE text = ?', [text]);
		await tx.query("DELETE FROM parse_warnings WHERE code = 'unresolved-name' AND text = ?", [
			text
		]);
		const ids = issues.map((r) => r.issueId);
		await refreshAggregates(tx, ids);
		return ids;
	});
}

/** Replace the user-created rows of `alliances` with `list` (built-in rows untouched); one transaction. */
export async function replaceUserAlliances(db: Db, list: readonly Alliance[]): Promise<void> {
	await db.transaction(async (tx) => {
		await tx.exec('DELETE FROM alliances WHERE user_created');
		if (list.length === 0) return;
		const clash = await run<{ id: string }>(
			tx,
			sql`SELECT id FROM alliances WHERE ${inList(
				'id',
				list.map((a) => a.id)
			)}`
		);
		if (clash.length)
			throw new Error(
				`联盟标识已存在：${clash.map((c) => c.id).join('、')} (alliance id already exists)`
			);
		await appendColumns(
			tx,
			'alliances',
			{
				id: 'VARCHAR',
				name: 'VARCHAR',
				short_names: 'VARCHAR[]',
				aliases: 'VARCHAR[]',
				acronym: 'VARCHAR',
				domain: 'VARCHAR',
				user_created: 'BOOLEAN'
			},
			{
				id: list.map((a) => a.id),
				name: list.map((a) => a.name),
				short_names: list.map((a) => a.shortNames),
				aliases: list.map((a) => a.aliases),
				acronym: list.map((a) => a.acronym),
				domain: list.map((a) => a.domain),
				user_created: list.map(() => true)
			}
		);
	});
}
