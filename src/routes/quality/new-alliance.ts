/** The "create a new alliance" form of the name resolver: a draft from the unresolved text, and its checks. */
import { ALLIANCE_SUFFIXES, normalizeName } from '$lib/registry/normalize';
import type { Alliance } from '$lib/registry/types';

/** What the form asks for; short name and domain may be empty. */
export interface NewAllianceInput {
	id: string;
	name: string;
	shortName: string;
	domain: string;
}

/** A problem with one field, as a message key of the quality page and its values. */
export interface FieldError {
	field: keyof NewAllianceInput;
	key:
		| 'quality.create.error.idRequired'
		| 'quality.create.error.idFormat'
		| 'quality.create.error.idTaken'
		| 'quality.create.error.nameRequired'
		| 'quality.create.error.nameTaken'
		| 'quality.create.error.nameChars'
		| 'quality.create.error.shortSame';
	vars?: Record<string, string>;
}

/** What the registry already holds: alliance ids, and every name form with the id of its alliance. */
export interface Taken {
	ids: ReadonlySet<string>;
	names: ReadonlyMap<string, string>;
}

// The same rule as data/alliances.csv (registry/csv.ts): lowercase ASCII words joined by single hyphens.
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FULL_SUFFIX = '产业技术创新战略联盟';

/** A first guess from the name as the bulletin wrote it: a full name and a short name around its core. */
export function draftAlliance(text: string): NewAllianceInput {
	const t = text.trim();
	const core = normalizeName(t);
	const isFull = ALLIANCE_SUFFIXES.some((s) => s.length > 2 && t.endsWith(s));
	const name = isFull || !core ? t : core + FULL_SUFFIX;
	const shortName = isFull ? (core ? `${core}联盟` : '') : t;
	return { id: '', name, shortName: shortName === name ? '' : shortName, domain: '' };
}

/** Names a registry row cannot hold: a list separator, or a first character a spreadsheet would run as a formula. */
function badChars(s: string): boolean {
	return s.includes('|') || /^[=+\-@]/.test(s);
}

/** The alliance the form describes, or what to fix in it (every problem at once). */
export function validateNewAlliance(
	input: NewAllianceInput,
	taken: Taken
): { alliance: (Alliance & { userCreated: true }) | null; errors: FieldError[] } {
	const id = input.id.trim();
	const name = input.name.trim();
	const shortName = input.shortName.trim();
	const errors: FieldError[] = [];
	if (!id) errors.push({ field: 'id', key: 'quality.create.error.idRequired' });
	else if (!ID.test(id)) errors.push({ field: 'id', key: 'quality.create.error.idFormat' });
	else if (taken.ids.has(id))
		errors.push({ field: 'id', key: 'quality.create.error.idTaken', vars: { id } });
	if (!name) errors.push({ field: 'name', key: 'quality.create.error.nameRequired' });
	for (const [field, value] of [
		['name', name],
		['shortName', shortName]
	] as const) {
		if (!value) continue;
		if (badChars(value)) errors.push({ field, key: 'quality.create.error.nameChars' });
		const owner = taken.names.get(value);
		if (owner)
			errors.push({
				field,
				key: 'quality.create.error.nameTaken',
				vars: { name: value, id: owner }
			});
	}
	if (shortName && shortName === name)
		errors.push({ field: 'shortName', key: 'quality.create.error.shortSame' });
	if (errors.length) return { alliance: null, errors };
	return {
		alliance: {
			id,
			name,
			shortNames: shortName ? [shortName] : [],
			aliases: [],
			acronym: null,
			domain: input.domain.trim(),
			userCreated: true
		},
		errors
	};
}
