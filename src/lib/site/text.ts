/** Splits plain text into paragraphs and bullet lists (blank line = paragraph, `- ` = bullet); the page renders them as text, never as HTML. */
export function textBlocks(text: string | undefined): ({ kind: 'p'; text: string } | { kind: 'ul'; items: string[] })[] {
  if (!text) return [];
  const blocks: ({ kind: 'p'; text: string } | { kind: 'ul'; items: string[] })[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    let para: string[] = [];
    let list: string[] = [];
    const flushPara = () => { if (para.length) blocks.push({ kind: 'p', text: para.join(' ') }); para = []; };
    const flushList = () => { if (list.length) blocks.push({ kind: 'ul', items: list }); list = []; };
    for (const line of lines) {
      const bullet = /^[-•*]\s+(.*)$/.exec(line);
      if (bullet) { flushPara(); list.push(bullet[1]); } else { flushList(); para.push(line); }
    }
    flushPara();
    flushList();
  }
  return blocks;
}

/** The first `n` words of a text (n ≥ 1), for compact search content and meta descriptions; only its start is read, not a long description's whole text. */
export function firstWords(text: string, n: number): string {
  const words: string[] = [];
  const word = /\S+/g;
  for (let m = word.exec(text); m && words.length <= n; m = word.exec(text)) words.push(m[0]);
  return words.length <= n ? words.join(' ') : `${words.slice(0, n).join(' ')}…`;
}
