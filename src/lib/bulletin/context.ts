/** Build what the parser needs from the registry and the activity-type rules; same code in Node and browser. */
import { compileTopics } from '../topics/tag';
import type { Topic } from '../topics/types';
import type { Registry } from '../registry/types';
import { decodeAndNormalize } from '../ingest/normalize';
import { parseBulletin, type ParseContext } from './parse';
import type { ParsedIssue } from './types';

/** A parse context from a registry and the topic rules (compiled once). */
export function createParseContext(registry: Registry, topics: readonly Topic[]): ParseContext {
	const tagger = compileTopics(topics);
	return { registry, tag: (item) => tagger.tag(item) };
}

/** Decode a text file's bytes, normalise and parse. Throws DecodeError or BulletinError. */
export function parseBulletinBytes(
	bytes: Uint8Array,
	file: string,
	ctx: ParseContext
): ParsedIssue {
	const { text } = decodeAndNormalize(bytes, file);
	return parseBulletin(text, ctx, file);
}
