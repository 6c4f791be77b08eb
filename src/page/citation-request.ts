import type { FoundCitation } from '../citations/scan';
import { type CitationRequest, LIMITS } from '../messaging/protocol';

/** The lookup message's form of a found citation, clipped to the protocol's limits. */
export function toRequest(c: FoundCitation): CitationRequest {
  const request: CitationRequest = { key: c.key.slice(0, LIMITS.key), ids: c.ids, text: c.text.slice(0, LIMITS.text) };
  if (c.pageLevel) request.pageLevel = true;
  if (c.number !== undefined) request.number = c.number;
  if (c.reference) {
    const { surname, year, text, title, journal } = c.reference;
    request.reference = { surname, year, text: text.slice(0, LIMITS.text) };
    if (title) request.reference.title = title.slice(0, LIMITS.text);
    if (journal) request.reference.journal = journal.slice(0, 200);
  }
  return request;
}
