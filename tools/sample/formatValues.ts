/** How an office writes dates: `2026-11-03`, `03/11/2026`, `3/11/2026`, `03-11-2026`, `3 November 2026`, `2026-11-03 00:00:00`. */
export type DateStyle = 'iso' | 'dmySlash' | 'dmySlashShort' | 'dmyDash' | 'dmyLong' | 'isoTime';
/** How an office writes pay: `5000000`, `5.000.000`, `Rp 5.000.000`, `Rp 5.000.000,-`, `Rp5,5 jt`, `5,5 juta`. */
export type RupiahStyle = 'plain' | 'dots' | 'rpDots' | 'rpDotsDash' | 'rpJt' | 'juta';

const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** A `YYYY-MM-DD` date written in an office's style. */
export function formatDate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-');
  switch (style) {
    case 'iso': return iso;
    case 'isoTime': return `${iso} 00:00:00`;
    case 'dmySlash': return `${d}/${m}/${y}`;
    case 'dmySlashShort': return `${+d}/${+m}/${y}`;
    case 'dmyDash': return `${d}-${m}-${y}`;
    case 'dmyLong': return `${+d} ${months[+m - 1]} ${y}`;
  }
}

/** `5.000.000`: thousands separated by dots, as Indonesians write them (no locale data needed, so output never varies by machine). */
export function withDots(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** `5`, `5,5`, `2,35`: millions with a decimal comma. */
function millions(amount: number): string {
  return String(Math.round(amount / 10_000) / 100).replace('.', ',');
}

/** A Rupiah amount written in an office's style. */
export function formatRupiah(amount: number, style: RupiahStyle): string {
  switch (style) {
    case 'plain': return String(amount);
    case 'dots': return withDots(amount);
    case 'rpDots': return `Rp ${withDots(amount)}`;
    case 'rpDotsDash': return `Rp ${withDots(amount)},-`;
    case 'rpJt': return `Rp${millions(amount)} jt`;
    case 'juta': return `${millions(amount)} juta`;
  }
}
