/** Text with accents folded away (NFKD, combining marks dropped): "Café" → "Cafe", "ﬁ" → "fi"; the base of slugs and label keys. */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}
