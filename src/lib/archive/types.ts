/** What the browser keeps of a person's own archive (OPFS, or IndexedDB where OPFS is missing). */
import type { Alliance, UserAlias } from '../registry/types';

/** One imported file, kept as its decoded text so it can be parsed again (new aliases, a newer parser). */
export interface StoredSource {
	/** Content hash of the original bytes. */
	id: string;
	file: string;
	format: 'txt' | 'docx' | 'pdf' | 'csv';
	/** Normalised bulletin text, or for CSV the mapped item rows as JSON text. */
	text: string;
	/** China time 'YYYY-MM-DD HH:mm'. */
	addedAt: string;
	/** The issue it produced ('YYYY-NN'), or null for a CSV of items. */
	issueId: string | null;
}

/** Everything a back-up file holds and a restore puts back. */
export interface StoredArchive {
	version: 1;
	sources: StoredSource[];
	userAliases: UserAlias[];
	/** Alliances a person created while resolving names. */
	userAlliances: (Alliance & { userCreated: true })[];
	settings: {
		/** The embedded demo/real dataset is hidden (removed in one action, restorable in another). */
		hideEmbedded: boolean;
	};
}

/** An empty archive: only the embedded dataset shows. */
export const EMPTY_ARCHIVE: StoredArchive = Object.freeze({
	version: 1,
	sources: [],
	userAliases: [],
	userAlliances: [],
	settings: { hideEmbedded: false }
}) as StoredArchive;
