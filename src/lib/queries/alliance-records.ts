/** The registered alliances in full (every name form and the domain), for resolving names and exporting registry rows. */
import type { Db } from '../db/types';
import type { Alliance } from '../registry/types';

/** A registered alliance, and whether a person created it (rather than data/alliances.csv). */
export interface AllianceRecord extends Alliance {
	userCreated: boolean;
}

/** Every alliance of the archive's registry, by id. */
export function allianceRecords(db: Db): Promise<AllianceRecord[]> {
	return db.query<AllianceRecord>(
		`SELECT id, name, coalesce(short_names, []::VARCHAR[]) AS shortNames, coalesce(aliases, []::VARCHAR[]) AS aliases,
			acronym, coalesce(domain, '') AS domain, coalesce(user_created, false) AS userCreated
		FROM alliances ORDER BY id`
	);
}
