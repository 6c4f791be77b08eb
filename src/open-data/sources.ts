/**
 * The open lists Evidence Lens can bundle, where they come from, their dates
 * and the credit owed wherever their facts reach a person (card, options
 * page, README). Dates are those of the files in the data folder's README;
 * update them with the files.
 */
import type { RetractionList } from './retractions';

export const DATA_LISTS = {
  retractionWatch: {
    name: 'Retraction Watch retractions and expressions of concern',
    file: 'retractions/retraction-watch-dois.json',
    asOf: '2026-08-08',
    credit: 'Retraction Watch database (Center for Scientific Integrity), via Crossref, CC BY 4.0',
  },
  europePmc: {
    name: 'Europe PMC retracted publications',
    file: 'retractions/europepmc-retracted.tsv',
    asOf: '2023-07-28',
    credit: 'Europe PMC, CC0',
  },
  trials: {
    name: 'ClinicalTrials.gov registrations of cell-therapy trials',
    file: 'trials',
    asOf: '2021-12-14',
    credit: 'ClinicalTrials.gov (US National Library of Medicine)',
  },
} as const;

/** How the card names the list a retraction came from. */
export const RETRACTION_LIST_NAME: Record<RetractionList, string> = {
  'retraction-watch': 'Retraction Watch database via Crossref',
  'europe-pmc': 'Europe PMC',
};

/** The attribution line the data's licences ask for. */
export const ATTRIBUTION =
  'Retraction data: Retraction Watch, via Crossref (CC BY 4.0), as of 2026-08-08; Europe PMC (CC0), as of 2023-07-28. Trial registrations: ClinicalTrials.gov, as registered in December 2021.';

/** What one build includes, shown on the options page ("About the data"). */
export interface DataManifest {
  lists: { name: string; asOf: string; credit: string; entries: number }[];
  missing: string[];
}
