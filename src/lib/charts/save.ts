/** Save a chart's SVG as an .svg or .png file that looks as on screen, with its title. */

/** Presentation properties worth inlining; computed values resolve the theme's CSS variables. */
const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'visibility'
];
const TITLE_BAND = 28;

/** A file name from a chart title: keeps CJK, turns spaces and characters Windows forbids into '-'. */
export function chartFilename(title: string, ext: 'svg' | 'png'): string {
	const base = title.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'chart';
	return `${base}.${ext}`;
}

/** A standalone copy of `svg`: computed styles inlined, a background and the title drawn above. */
export function standaloneSvg(
	svg: SVGSVGElement,
	title = '',
	background = 'transparent'
): SVGSVGElement {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const from = [svg, ...svg.querySelectorAll('*')];
	const to = [clone, ...clone.querySelectorAll('*')];
	from.forEach((el, i) => {
		const style = getComputedStyle(el);
		const decl = STYLE_PROPS.map((p) => [p, style.getPropertyValue(p)])
			.filter(([, v]) => v)
			.map(([p, v]) => `${p}:${v}`)
			.join(';');
		const copy = to[i]!;
		if (decl) copy.setAttribute('style', decl);
		for (const a of ['tabindex', 'role', 'class']) copy.removeAttribute(a);
	});
	const width = Number(svg.getAttribute('width')) || svg.clientWidth;
	const height = Number(svg.getAttribute('height')) || svg.clientHeight;
	const ns = 'http://www.w3.org/2000/svg';
	const body = document.createElementNS(ns, 'g');
	body.setAttribute('transform', `translate(0,${title ? TITLE_BAND : 0})`);
	body.append(...clone.childNodes);
	const bg = document.createElementNS(ns, 'rect');
	bg.setAttribute('width', '100%');
	bg.setAttribute('height', '100%');
	bg.setAttribute('fill', background);
	clone.append(bg);
	if (title) {
		const text = document.createElementNS(ns, 'text');
		text.setAttribute('x', '8');
		text.setAttribute('y', '19');
		text.setAttribute(
			'style',
			`font-size:15px;font-weight:600;font-family:${getComputedStyle(svg).fontFamily || 'sans-serif'};fill:${getComputedStyle(svg).color || '#000'}`
		);
		text.textContent = title;
		clone.append(text);
	}
	clone.append(body);
	const fullHeight = height + (title ? TITLE_BAND : 0);
	clone.setAttribute('xmlns', ns);
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(fullHeight));
	clone.setAttribute('viewBox', `0 0 ${width} ${fullHeight}`);
	return clone;
}

/** SVG markup of a standalone copy, with an XML declaration. */
export function svgMarkup(svg: SVGSVGElement, title = '', background = 'transparent'): string {
	const xml = new XMLSerializer().serializeToString(standaloneSvg(svg, title, background));
	return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}

/** The page's background colour, so saved images match the theme. */
function pageBackground(svg: Element): string {
	for (let el: Element | null = svg; el; el = el.parentElement) {
		const bg = getComputedStyle(el).backgroundColor;
		if (bg && bg !== 'transparent' && bg !== 'rgba(0, 0, 0, 0)') return bg;
	}
	return '#ffffff';
}

/** Offer `blob` as a download named `filename`. */
export function download(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Save the chart as an .svg file. */
export function saveSvg(svg: SVGSVGElement, title: string): void {
	const markup = svgMarkup(svg, title, pageBackground(svg));
	download(
		new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }),
		chartFilename(title, 'svg')
	);
}

/** Save the chart as a .png at `scale`× (sharp on high-density screens and in documents). */
export async function savePng(svg: SVGSVGElement, title: string, scale = 2): Promise<void> {
	const copy = standaloneSvg(svg, title, pageBackground(svg));
	const width = Number(copy.getAttribute('width'));
	const height = Number(copy.getAttribute('height'));
	const image = new Image();
	// A data: URL, not blob:, because some browsers taint the canvas for blob SVG images.
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('canvas 2d context unavailable');
	ctx.scale(scale, scale);
	ctx.drawImage(image, 0, 0, width, height);
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!blob) throw new Error('canvas.toBlob returned nothing');
	download(blob, chartFilename(title, 'png'));
}
