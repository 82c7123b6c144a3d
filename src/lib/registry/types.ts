/** Shapes of the alliance registry (data/alliances.csv plus user aliases). */

/** One registered alliance. */
export interface Alliance {
	/** Stable ASCII slug, e.g. 'semiconductor-lighting'. */
	id: string;
	/** Canonical full name, e.g. 半导体照明产业技术创新战略联盟. */
	name: string;
	shortNames: string[];
	aliases: string[];
	acronym: string | null;
	domain: string;
}

/** A known organisation that is not an alliance: the liaison group, the coordination network, … */
export interface Body {
	/** Stable ASCII slug, e.g. 'citisa'. */
	id: string;
	name: string;
	aliases: string[];
}

/** What a name in a bulletin resolves to. */
export type Resolution =
	| { status: 'alliance'; alliance: Alliance; method: 'exact' | 'normalised' | 'user' }
	/** `body` is the id of a known non-alliance body (data/bodies.csv), e.g. 'liaison-group'. */
	| { status: 'body'; body: string }
	| { status: 'unresolved'; suggestions: Alliance[] };

/** A place in a text that names an organisation. */
export interface Mention {
	/** The words as written. */
	text: string;
	/** Offset of `text` in the scanned string. */
	index: number;
	resolution: Resolution;
}

/** A user's mapping of a name to an alliance, stored with the archive. */
export interface UserAlias {
	text: string;
	allianceId: string;
}

/** The registry the parser and the engine resolve names against. */
export interface Registry {
	alliances: Alliance[];
	byId(id: string): Alliance | undefined;
	/** Resolve one name (an attribution's contributor, a title's subject). */
	resolve(name: string): Resolution;
	/** Every organisation name in a text: registered alliances (by any name form), known non-alliance bodies, and unknown names that look like alliances. */
	findMentions(text: string): Mention[];
}
