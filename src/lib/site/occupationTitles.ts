/** KBJI 2014's abbreviations in occupation titles, written out as its glossary (BPS) defines them. */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bYBDI\b/g, 'yang Berhubungan dengan Itu'],
  [/\bYTDL\b/g, 'yang Tidak Diklasifikasikan di Tempat Lain'],
];

/** `Manajer Layanan YTDL` → `Manajer Layanan yang Tidak Diklasifikasikan di Tempat Lain`: a title a job seeker can read. */
export function readableOccupationTitle(title: string): string {
  return ABBREVIATIONS.reduce((text, [pattern, words]) => text.replace(pattern, words), title);
}
