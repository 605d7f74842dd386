import { t } from '../../i18n';
import { textBlocks } from '../site/text';
import { escapeHtml } from '../escapeHtml';

/** Paragraphs and bullet lists of plain text as escaped HTML. */
function blocksHtml(text: string | undefined): string {
  return textBlocks(text)
    .map((b) => (b.kind === 'p' ? `<p>${escapeHtml(b.text)}</p>` : `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`))
    .join('');
}

/**
 * The JobPosting `description`: Google reads it as HTML, but our data is plain text, so every character is
 * escaped (a `<script>` in the data stays text, as on the page) and only our own paragraphs and lists are markup.
 */
export function descriptionHtml(v: { description: string; requirements?: string; benefits?: string }): string {
  const section = (heading: string, text: string | undefined) => (text ? `<p><strong>${heading}</strong></p>${blocksHtml(text)}` : '');
  return blocksHtml(v.description) + section(t.vacancy.requirementsHeading, v.requirements) + section(t.vacancy.benefitsHeading, v.benefits);
}
