const UNDISCLOSED = /^(nego(siasi|tiable)?|bisa nego|sesuai (umk|ump|umr|kesepakatan|pengalaman|kemampuan)|umk|ump|umr|kompetitif|competitive|dirahasiakan|rahasia|confidential|menarik|attractive|tidak (ditampilkan|dicantumkan|disebutkan))$/i;

/** Whether a pay cell says the amount is not disclosed (`Nego`, `Sesuai UMK`, `Kompetitif`): treated as no salary, not as an error. */
export function isUndisclosedPay(text: string): boolean {
  return UNDISCLOSED.test(text.trim().replace(/[.!]+$/, ''));
}

/** Monthly Rupiah amount from how offices write pay: `5000000`, `5.000.000`, `Rp 5.000.000,-`, `Rp5 jt`, `5,5 juta`, `IDR 4.5 million`. */
export function parseRupiah(text: string): number | undefined {
  let s = text.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  s = s.replace(/^(rp\.?|idr)\s*/, '').replace(/\s*(\/\s*bulan|per\s*bulan|per\s*month|\/\s*month|\/\s*bln|sebulan)$/, '');
  s = s.replace(/,-$|\.-$|,00$|\.00$/, '').trim();
  const m = /^(\d[\d.,]*)\s*(jt|juta|million|mio|rb|ribu|k|thousand)?\.?$/.exec(s);
  if (!m) return undefined;
  const [, digits, unit] = m;
  const scale = !unit ? 1 : /^(jt|juta|million|mio)$/.test(unit) ? 1_000_000 : 1_000;
  let amount: number;
  if (scale === 1) {
    // Without a unit, dots and commas are thousands separators (`5.000.000`, `5,000,000`).
    if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(digits)) return undefined;
    amount = Number(digits.replace(/[.,]/g, ''));
  } else {
    // With a unit, the one separator is decimal (`5,5 juta`, `4.5 million`).
    if (!/^\d+([.,]\d+)?$/.test(digits)) return undefined;
    amount = Number(digits.replace(',', '.')) * scale;
  }
  return Number.isFinite(amount) ? Math.round(amount) : undefined;
}

/** A pay range in one cell (`Rp 5.000.000 – Rp 7.000.000 per month`, `5-7 juta`) as [min, max]; a single amount gives [x, x]. */
export function parseRupiahRange(text: string): [number, number] | undefined {
  const s = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  const parts = s.split(/\s*(?:[–—]|\s-\s|(?<=[\da-z])-(?=\s*(?:rp|idr|\d))|\bs\.?\/?d\b\.?|\bsampai\b|\bhingga\b|\bto\b)\s*/i);
  if (parts.length === 1) {
    const v = parseRupiah(s);
    return v === undefined ? undefined : [v, v];
  }
  if (parts.length !== 2) return undefined;
  const unit = /(jt|juta|million|rb|ribu|k)\b/i.exec(parts[1])?.[0] ?? '';
  const tail = parts[1].replace(/^(rp\.?|idr)\s*/i, '').replace(/^[\d.,]+\s*(jt|juta|million|rb|ribu|k)?\s*/i, '');
  const low = parseRupiah(/\d\s*$/.test(parts[0]) && unit ? `${parts[0]} ${unit}` : parts[0]);
  const high = parseRupiah(parts[1]) ?? parseRupiah(parts[1].replace(tail, '').trim() || parts[1]);
  return low === undefined || high === undefined ? undefined : [low, high];
}
