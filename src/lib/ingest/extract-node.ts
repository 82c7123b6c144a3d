/** Node entry for reading any bulletin file by its extension (.txt now; .docx and .pdf through extract.ts). */
import type { ParseContext } from '../bulletin/parse';
import type { ParsedIssue } from '../bulletin/types';
import { parseBulletinBytes } from '../bulletin/context';

/** Parse a bulletin file's bytes by its extension. */
export async function parseBulletinFile(
	bytes: Uint8Array,
	file: string,
	ctx: ParseContext
): Promise<ParsedIssue> {
	const ext = file.toLowerCase().split('.').pop() ?? '';
	if (ext === 'txt' || ext === 'text' || !file.includes('.'))
		return parseBulletinBytes(bytes, file, ctx);
	throw new Error(`${file}：不支持的文件类型 .${ext}（支持 .txt）(unsupported file type)`);
}
