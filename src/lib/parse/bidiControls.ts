/** Unicode bidirectional controls (embeddings, overrides, isolates, marks): invisible, and able to reorder the text around them. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text without bidi controls, so a cell cannot reverse or hide the text after it in a page title, description or feed. */
export function removeBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
