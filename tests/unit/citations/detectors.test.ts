/**
 * Convention tests: one detector per identifier kind, all registered in the
 * one list and each exercised here; the cheap pre-checks let every example
 * through; and the detectors' normalized forms are the forms the record uses,
 * so an identifier found on a page finds its study.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS, type Detector } from '../../../src/citations/detectors';
import { DOI_URL_RULES } from '../../../src/citations/detectors/doi';
import { findIdentifiers, identifierFromHref, MAY_CITE, MAY_LINK_TO_ID } from '../../../src/citations/find-in-text';
import { ID_KINDS, type IdKind, registryIdKey } from '../../../src/citations/ids';
import { REPO_ROOT } from './helpers';

/** One text and one link per kind (null where the registry has no URL that names its number). */
const EXAMPLES: Record<IdKind, { text: string; href: string | null; value: string }> = {
  doi: {
    text: 'doi:10.1038/s41591-022-02097-3',
    href: 'https://doi.org/10.1038/s41591-022-02097-3',
    value: '10.1038/s41591-022-02097-3',
  },
  pmid: { text: 'PMID: 36624312', href: 'https://pubmed.ncbi.nlm.nih.gov/36624312/', value: '36624312' },
  pmcid: { text: 'PMCID: PMC9873560', href: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9873560/', value: 'PMC9873560' },
  nct: { text: 'NCT03282760', href: 'https://clinicaltrials.gov/study/NCT03282760', value: 'NCT03282760' },
  isrctn: { text: 'ISRCTN91288089', href: 'https://www.isrctn.com/ISRCTN91288089', value: 'ISRCTN91288089' },
  eudract: {
    text: 'EudraCT 2007-002144-16',
    href: 'https://www.clinicaltrialsregister.eu/ctr-search/trial/2007-002144-16/GB',
    value: '2007-002144-16',
  },
  ctis: {
    text: 'EU CT 2022-500014-26-00',
    href: 'https://euclinicaltrials.eu/ctis-public/view/2022-500014-26-00',
    value: '2022-500014-26-00',
  },
  chictr: {
    text: 'ChiCTR2000029953',
    href: 'https://trialsearch.who.int/Trial2.aspx?TrialID=ChiCTR2000029953',
    value: 'ChiCTR2000029953',
  },
  actrn: {
    text: 'ACTRN12617000638336',
    href: 'https://www.anzctr.org.au/ACTRN12617000638336.aspx',
    value: 'ACTRN12617000638336',
  },
  ctri: {
    text: 'CTRI/2020/05/025214',
    href: 'https://trialsearch.who.int/Trial2.aspx?TrialID=CTRI/2020/05/025214',
    value: 'CTRI/2020/05/025214',
  },
  drks: { text: 'DRKS00012345', href: 'https://drks.de/search/en/trial/DRKS00012345', value: 'DRKS00012345' },
};

describe('the detector list', () => {
  it('has exactly one detector per identifier kind', () => {
    expect(DETECTORS.map((d) => d.kind).sort()).toEqual([...ID_KINDS].sort());
  });

  it('registers every detector the detector modules export', async () => {
    const dir = path.join(REPO_ROOT, 'src/citations/detectors');
    const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts');
    for (const file of modules) {
      const mod: Record<string, unknown> = await import(path.join(dir, file));
      const exported = Object.values(mod).filter((v): v is Detector => typeof v === 'object' && v !== null && 'findInText' in v);
      expect(exported.length, `${file} exports no detector`).toBeGreaterThan(0);
      for (const detector of exported) expect(DETECTORS, `${file}: ${detector.kind} is not in DETECTORS`).toContain(detector);
    }
  });

  it.each(ID_KINDS.map((kind) => [kind, EXAMPLES[kind]] as const))(
    '%s: finds its example in text and in a link',
    (kind, example) => {
      expect(MAY_CITE.test(example.text)).toBe(true);
      expect(findIdentifiers(example.text).map((m) => [m.kind, m.value])).toEqual([[kind, example.value]]);
      if (example.href) {
        expect(MAY_LINK_TO_ID.test(example.href)).toBe(true);
        expect(identifierFromHref(example.href)).toEqual({ kind, value: example.value });
      }
    },
  );

  it.each(DOI_URL_RULES.map((rule) => [rule.name, rule.example[0]]))('links of %s pass the cheap link check', (_, url) => {
    expect(MAY_LINK_TO_ID.test(url)).toBe(true);
  });
});

describe('normalized forms match the record', () => {
  const dir = path.join(REPO_ROOT, 'src/evidence/records');
  const records = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      file: f,
      ids: (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { ids: Record<string, unknown> }).ids,
    }));
  const detector = (kind: IdKind) => DETECTORS.find((d) => d.kind === kind) as Detector;

  it('reads the record', () => {
    expect(records.length).toBeGreaterThan(100);
  });

  it('every DOI, PMID and PMCID in the record is already in normalized form', () => {
    const wrong: string[] = [];
    for (const { file, ids } of records) {
      for (const kind of ['doi', 'pmid', 'pmcid'] as const) {
        const value = ids[kind];
        if (typeof value === 'string' && detector(kind).normalize(value) !== value) wrong.push(`${file}: ${kind} ${value}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every registry number the record can be looked up by is what the detector reports', () => {
    const wrong: string[] = [];
    for (const { file, ids } of records) {
      for (const raw of Array.isArray(ids.registry) ? (ids.registry as string[]) : []) {
        const key = registryIdKey(raw);
        if (!key) continue;
        const [kind, value] = [key.slice(0, key.indexOf(':')) as IdKind, key.slice(key.indexOf(':') + 1)];
        if (detector(kind).normalize(raw) !== value) wrong.push(`${file}: ${raw}`);
        const found = findIdentifiers(raw).map((m) => `${m.kind}:${m.value}`);
        if (found.join() !== key) wrong.push(`${file}: ${raw} found as ${found.join()}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
