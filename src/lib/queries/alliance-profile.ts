/** One registered alliance as the registry knows it: every name it goes by and its domain. */
import type { Db } from '../db/types';

/** A registered alliance's names and domain. */
export interface AllianceProfile {
	id: string;
	name: string;
	shortNames: string[];
	aliases: string[];
	acronym: string | null;
	domain: string | null;
	/** Added by a person in the import page rather than shipped in data/alliances.csv. */
	userCreated: boolean;
}

/** The alliance registered under `id`, or null when there is none. */
export async function allianceProfile(db: Db, id: string): Promise<AllianceProfile | null> {
	const [row] = await db.query<AllianceProfile>(
		`SELECT id, name, coalesce(short_names, []::VARCHAR[]) AS shortNames, coalesce(aliases, []::VARCHAR[]) AS aliases,
			acronym, domain, coalesce(user_created, false) AS userCreated
		FROM alliances WHERE id = ?`,
		[id]
	);
	return row ?? null;
}
