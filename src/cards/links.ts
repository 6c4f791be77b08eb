/**
 * Links to where a person can read about a study. Opened only by the person:
 * the extension itself requests nothing.
 */
import type { CitationIds } from '../citations/ids';

export interface StudyLink {
  label: string;
  url: string;
}

export function studyLinks(ids: CitationIds): StudyLink[] {
  const links: StudyLink[] = [];
  if (ids.pmid) links.push({ label: 'PubMed', url: `https://pubmed.ncbi.nlm.nih.gov/${ids.pmid}/` });
  if (ids.pmcid) links.push({ label: 'Full text (PMC)', url: `https://pmc.ncbi.nlm.nih.gov/articles/${ids.pmcid}/` });
  if (ids.doi)
    links.push({
      label: 'Publisher (doi.org)',
      url: `https://doi.org/${encodeURI(ids.doi).replace(/#/g, '%23').replace(/\?/g, '%3F')}`,
    });
  if (ids.nct) links.push({ label: 'Trial registry (ClinicalTrials.gov)', url: `https://clinicaltrials.gov/study/${ids.nct}` });
  if (ids.isrctn) links.push({ label: 'Trial registry (ISRCTN)', url: `https://www.isrctn.com/${ids.isrctn}` });
  if (ids.eudract)
    links.push({
      label: 'Trial registry (EU)',
      url: `https://www.clinicaltrialsregister.eu/ctr-search/search?query=${ids.eudract}`,
    });
  if (ids.actrn)
    links.push({
      label: 'Trial registry (ANZCTR)',
      url: `https://www.anzctr.org.au/Trial/Registration/TrialReview.aspx?ACTRN=${ids.actrn.slice(5)}`,
    });
  if (ids.drks) links.push({ label: 'Trial registry (DRKS)', url: `https://drks.de/search/en/trial/${ids.drks}` });
  return links;
}
