/** Attributes that make an SVG mark focusable, labelled, tooltip-bearing and optionally clickable. */
export function markAttrs(opts: {
	label: string;
	show: () => void;
	hide: () => void;
	select?: () => void;
}) {
	const select = opts.select;
	return {
		tabindex: 0,
		role: select ? 'button' : 'img',
		'aria-label': opts.label,
		onfocus: opts.show,
		onblur: opts.hide,
		onpointerenter: opts.show,
		onpointerleave: opts.hide,
		onclick: select,
		onkeydown: select
			? (e: KeyboardEvent) => {
					if (e.key === 'Enter' || e.key === ' ') {
						e.preventDefault();
						select();
					}
				}
			: undefined
	};
}
