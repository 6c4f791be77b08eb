/**
 * Reads PubMed's `PubmedArticleSet` XML into plain facts, one
 * {@link PubmedArticle} per `<PubmedArticle>`, without interpreting them
 * (what the facts mean for the record is `pubmed-draft.ts`'s business).
 *
 * Element paths follow PubMed's DTD (pubmed_250101.dtd): `MedlineCitation/PMID`,
 * `MedlineCitation/Article/…`, `PubmedData/ArticleIdList/ArticleId[@IdType]`.
 * Only `PubmedData`'s own ArticleIdList is read: the ones inside
 * `ReferenceList` name the cited papers, not this one.
 */
import { ImportError } from './import-error';
import { allAt, childElements, firstAt, readXml, textOf, type XmlElement, XmlSyntaxError } from './xml-reader';

export interface CommentsCorrection {
  /** PubMed's RefType: RetractionIn, ErratumIn, ExpressionOfConcernIn, RetractionOf, … */
  refType: string;
  refSource: string | null;
  pmid: string | null;
}

export interface PubmedAuthor {
  /** "Surname AB" as the record writes authors, or a collective name. */
  display: string;
  lastName: string | null;
}

export interface PubmedArticle {
  /** 1-based position among the file's PubmedArticle elements. */
  index: number;
  line: number;
  pmid: string;
  doi: string | null;
  pmcid: string | null;
  title: string | null;
  authors: PubmedAuthor[];
  journal: { title: string | null; isoAbbreviation: string | null };
  pubDate: { year: number | null; month: string | null; day: string | null };
  volume: string | null;
  issue: string | null;
  pages: string | null;
  publicationTypes: string[];
  dataBanks: { name: string; accessions: string[] }[];
  commentsCorrections: CommentsCorrection[];
  abstract: string | null;
  meshDescriptors: string[];
}

export interface PubmedFile {
  articles: PubmedArticle[];
  /** Articles `keep` turned away (read for well-formedness only). */
  leftAside: number;
  /** Book chapters and deletions the file also held, which the record does not take. */
  skipped: string[];
}

/** A file that is not well-formed XML or not PubMed's structure; names the element and, when known, the article. */
export class PubmedFormatError extends ImportError {
  constructor(message: string) {
    super(message);
    this.name = 'PubmedFormatError';
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Parses a whole `PubmedArticleSet` document, given as one string or in
 * pieces; each article is read as soon as it ends. `source` names the file in
 * error messages; `keep` picks articles by PMID (a baseline file holds tens
 * of thousands; the others are only checked for well-formed XML). Throws
 * {@link PubmedFormatError} on the first fault.
 */
export function parsePubmedXml(text: string | Iterable<string>, source: string, keep?: (pmid: string) => boolean): PubmedFile {
  const articles: PubmedArticle[] = [];
  const skipped: string[] = [];
  let index = 0;
  let leftAside = 0;
  try {
    readXml(text, {
      onRoot: (name, line) => {
        if (name !== 'PubmedArticleSet') {
          throw new PubmedFormatError(
            `${source}: line ${line}: the root element is <${name}>, expected <PubmedArticleSet> (PubMed efetch with retmode=xml, or a baseline file)`,
          );
        }
      },
      onChild: (element) => {
        if (element.name === 'PubmedArticle') {
          index++;
          const pmid = textOf(firstAt(element, 'MedlineCitation/PMID'));
          if (keep && pmid && !keep(pmid)) leftAside++;
          else articles.push(readArticle(element, index, source));
        } else if (element.name === 'PubmedBookArticle') {
          skipped.push(
            `line ${element.line}: a PubmedBookArticle (book chapter), PMID ${textOf(firstAt(element, 'BookDocument/PMID')) ?? '?'}`,
          );
        } else if (element.name === 'DeleteCitation') {
          const pmids = childElements(element, 'PMID').map((p) => textOf(p));
          skipped.push(`line ${element.line}: DeleteCitation for PMID ${pmids.join(', ')}`);
        } else {
          throw new PubmedFormatError(`${source}: line ${element.line}: unexpected <${element.name}> in <PubmedArticleSet>`);
        }
      },
    });
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      const last = articles[articles.length - 1];
      const where = last ? ` (after PubmedArticle #${last.index}, PMID ${last.pmid}, which ended cleanly)` : '';
      throw new PubmedFormatError(`${source}: malformed XML at ${error.message}${where}`);
    }
    throw error;
  }
  return { articles, leftAside, skipped };
}

function readArticle(element: XmlElement, index: number, source: string): PubmedArticle {
  const pmidText = textOf(firstAt(element, 'MedlineCitation/PMID'));
  const label = `${source}: PubmedArticle #${index} (line ${element.line}${pmidText ? `, PMID ${pmidText}` : ''})`;
  const problem = (path: string, detail: string): never => {
    throw new PubmedFormatError(`${label}: ${path}: ${detail}`);
  };
  const citation = firstAt(element, 'MedlineCitation') ?? problem('MedlineCitation', 'missing');
  if (!pmidText) problem('MedlineCitation/PMID', 'missing or empty');
  const pmid = pmidText as string;
  if (!/^[1-9]\d{0,8}$/.test(pmid)) problem('MedlineCitation/PMID', `"${pmid}" is not a PubMed id`);
  const article = firstAt(citation, 'Article') ?? problem('MedlineCitation/Article', 'missing');
  const journal = firstAt(article, 'Journal') ?? problem('MedlineCitation/Article/Journal', 'missing');

  const ids = allAt(element, 'PubmedData/ArticleIdList/ArticleId');
  const idOf = (type: string) => textOf(ids.find((i) => i.attributes.IdType === type) ?? null);
  const listedPmid = idOf('pubmed');
  if (listedPmid && listedPmid !== pmid) {
    problem('PubmedData/ArticleIdList', `lists PubMed id ${listedPmid}, but MedlineCitation/PMID is ${pmid}`);
  }
  const elocationDoi = childElements(article, 'ELocationID').find(
    (e) => e.attributes.EIdType === 'doi' && e.attributes.ValidYN !== 'N',
  );
  const pmc = idOf('pmc');

  const pubDate = firstAt(journal, 'JournalIssue/PubDate');
  const yearText =
    textOf(firstAt(pubDate ?? journal, 'Year')) ??
    /\b(1[89]\d\d|20\d\d)\b/.exec(textOf(firstAt(pubDate ?? journal, 'MedlineDate')) ?? '')?.[1] ??
    textOf(firstAt(article, 'ArticleDate/Year'));
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  if (yearText && year === null) problem('Journal/JournalIssue/PubDate/Year', `"${yearText}" is not a year`);

  return {
    index,
    line: element.line,
    pmid,
    doi: idOf('doi') ?? textOf(elocationDoi ?? null),
    pmcid: pmc ? (pmc.startsWith('PMC') ? pmc : `PMC${pmc}`) : null,
    title: cleanTitle(textOf(firstAt(article, 'ArticleTitle')) ?? textOf(firstAt(article, 'VernacularTitle'))),
    authors: childElements(firstAt(article, 'AuthorList') ?? article, 'Author')
      .filter((a) => a.attributes.ValidYN !== 'N')
      .map(readAuthor)
      .filter((a): a is PubmedAuthor => a !== null),
    journal: { title: textOf(firstAt(journal, 'Title')), isoAbbreviation: textOf(firstAt(journal, 'ISOAbbreviation')) },
    pubDate: {
      year,
      month: monthName(textOf(firstAt(pubDate ?? journal, 'Month'))),
      day: textOf(firstAt(pubDate ?? journal, 'Day')),
    },
    volume: textOf(firstAt(journal, 'JournalIssue/Volume')),
    issue: textOf(firstAt(journal, 'JournalIssue/Issue')),
    pages: readPages(article),
    publicationTypes: allAt(article, 'PublicationTypeList/PublicationType')
      .map((p) => textOf(p))
      .filter((t): t is string => t !== null),
    dataBanks: allAt(article, 'DataBankList/DataBank').map((bank) => ({
      name: textOf(firstAt(bank, 'DataBankName')) ?? '',
      accessions: allAt(bank, 'AccessionNumberList/AccessionNumber')
        .map((a) => textOf(a))
        .filter((t): t is string => t !== null),
    })),
    commentsCorrections: allAt(citation, 'CommentsCorrectionsList/CommentsCorrections').map((c) => ({
      refType: c.attributes.RefType ?? '',
      refSource: textOf(firstAt(c, 'RefSource')),
      pmid: textOf(firstAt(c, 'PMID')),
    })),
    abstract: readAbstract(article),
    meshDescriptors: allAt(citation, 'MeshHeadingList/MeshHeading/DescriptorName')
      .map((d) => textOf(d))
      .filter((t): t is string => t !== null),
  };
}

function readAuthor(author: XmlElement): PubmedAuthor | null {
  const collective = textOf(firstAt(author, 'CollectiveName'));
  const lastName = textOf(firstAt(author, 'LastName'));
  if (!lastName) return collective ? { display: collective, lastName: null } : null;
  const initials =
    textOf(firstAt(author, 'Initials')) ??
    (textOf(firstAt(author, 'ForeName')) ?? '')
      .split(/[\s-]+/)
      .filter(Boolean)
      .map((part) => part[0]?.toUpperCase())
      .join('');
  return { display: initials ? `${lastName} ${initials}` : lastName, lastName };
}

/** PubMed ends titles with a period and brackets titles translated into English. */
function cleanTitle(title: string | null): string | null {
  if (!title) return null;
  let t = title.trim();
  if (/^\[.*\]\.?$/.test(t)) t = t.replace(/^\[/, '').replace(/\]\.?$/, '');
  t = t.replace(/(?<!\.\.)\.$/, '');
  return t || null;
}

function monthName(month: string | null): string | null {
  if (!month) return null;
  if (/^\d{1,2}$/.test(month)) return MONTHS[Number(month) - 1] ?? null;
  return MONTHS.find((m) => month.toLowerCase().startsWith(m.toLowerCase())) ?? null;
}

/**
 * Pages as the record writes them, "2380-2389": StartPage–EndPage when
 * PubMed gives them, else MedlinePgn with its shortened end page written out
 * ("2380-9" is 2380-2389).
 */
function readPages(article: XmlElement): string | null {
  const start = textOf(firstAt(article, 'Pagination/StartPage'));
  const end = textOf(firstAt(article, 'Pagination/EndPage'));
  if (start) return end && end !== start ? `${start}-${end}` : start;
  const medline = textOf(firstAt(article, 'Pagination/MedlinePgn'));
  return medline ? expandPageRange(medline) : null;
}

/** "1423-9" → "1423-1429"; "e1234" and full ranges are returned unchanged. */
export function expandPageRange(pages: string): string {
  const m = /^([A-Za-z]*)(\d+)-([A-Za-z]*)(\d+)(.*)$/.exec(pages.trim());
  if (!m) return pages.trim();
  const [, prefix = '', first = '', endPrefix = '', last = '', rest = ''] = m;
  const full = last.length < first.length ? first.slice(0, first.length - last.length) + last : last;
  return `${prefix}${first}-${endPrefix || prefix}${full}${rest}`;
}

function readAbstract(article: XmlElement): string | null {
  const parts = allAt(article, 'Abstract/AbstractText')
    .map((p) => {
      const text = textOf(p);
      const label = p.attributes.Label;
      return text && label ? `${label}: ${text}` : text;
    })
    .filter((t): t is string => t !== null);
  return parts.length ? parts.join(' ') : null;
}
