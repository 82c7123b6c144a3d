/** Load the parse context from the data directory in Node (CLI scripts and tests). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry } from '../registry/registry-node';
import { parseTopicsCsv } from '../topics/csv';
import type { Topic } from '../topics/types';
import { createParseContext } from './context';
import type { ParseContext } from './parse';

/** Read data/topics.csv. */
export function loadTopics(dataDir = 'data'): Topic[] {
	const file = join(dataDir, 'topics.csv');
	return parseTopicsCsv(readFileSync(file, 'utf8'), file);
}

/** Registry plus activity types, read from `dataDir`. */
export function loadParseContext(dataDir = 'data'): ParseContext {
	return createParseContext(loadRegistry(dataDir), loadTopics(dataDir));
}
