/** Where a job seeker can send a vacancy: plain links to WhatsApp's and Telegram's share screens, and the address itself. */
export interface ShareLinks {
  whatsapp: string;
  telegram: string;
  /** The page's address, to copy. */
  url: string;
}

/** Share links of a page: WhatsApp gets the text with the address after it, Telegram the address with the text beside it. */
export function shareLinks(pageUrl: string, text: string): ShareLinks {
  return {
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${text} ${pageUrl}`)}`,
    telegram: `https://t.me/share/url?url=${encodeURIComponent(pageUrl)}&text=${encodeURIComponent(text)}`,
    url: pageUrl,
  };
}
