/** Content hashes: how an import recognises a bulletin it already holds. */

const encoder = new TextEncoder();

/** SHA-256 of a file's bytes (or of a text's UTF-8), as 64 lowercase hex digits; Web Crypto, so Node and browser agree. */
export async function contentHash(content: Uint8Array | string): Promise<string> {
	const bytes = typeof content === 'string' ? encoder.encode(content) : content;
	const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
