/** A static server for the production build on 127.0.0.1: what a person's web server does, no more. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8'
};

/**
 * Serve `root` (the build folder) with the SPA fallback page for unknown paths; resolves with the base URL.
 * `dataDir`, when given, answers /data/* in place of the build's embedded dataset (benchmarks on big archives).
 */
export function serveBuild(
	root = 'build',
	port = 0,
	dataDir?: string
): Promise<{ url: string; server: Server }> {
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const [base, rel] =
			dataDir && path.startsWith('/data/') ? [dataDir, path.slice('/data'.length)] : [root, path];
		let file = normalize(join(base, rel));
		if (!file.startsWith(normalize(base))) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
		if (!existsSync(file)) file = join(root, '200.html');
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		const gz = /\bbr\b/.test(String(req.headers['accept-encoding'])) && existsSync(`${file}.br`);
		res.writeHead(200, {
			'content-type': type,
			...(gz ? { 'content-encoding': 'br' } : {}),
			'cache-control': 'no-cache'
		});
		createReadStream(gz ? `${file}.br` : file).pipe(res);
	});
	return new Promise((resolve) =>
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const p = typeof address === 'object' && address ? address.port : port;
			resolve({ url: `http://127.0.0.1:${p}`, server });
		})
	);
}
