import type { Issue, IssueOf, IssueType } from '../issues/issue';
import { issueMessages } from './issueMessages';

/** An issue with the text a publisher reads: `message` in Indonesian, `messageEn` in English. */
export type RenderedIssue = Issue & { message: string; messageEn: string };

/** Adds the Indonesian and English text of an issue, from the one message table. */
export function renderIssue(issue: Issue): RenderedIssue {
  const text = (issueMessages[issue.type] as (i: IssueOf<IssueType>) => { id: string; en: string })(issue);
  return { ...issue, message: text.id, messageEn: text.en };
}
