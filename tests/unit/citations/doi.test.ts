/**
 * DOIs in page text and in links: every written form, publisher URLs that
 * embed a DOI, and strings that only look like DOIs.
 */
import { describe, expect, it } from 'vitest';
import { DOI_URL_RULES, normalizeDoi } from '../../../src/citations/detectors/doi';
import { findIdentifiers } from '../../../src/citations/find-in-text';
import { type Found, inHref, inText } from './helpers';

const NATMED = '10.1038/s41591-022-02097-3';
const LANCET = '10.1016/s0140-6736(19)32226-2';

describe('DOIs in text', () => {
  it.each<[string, string[]]>([
    // Written forms
    [`Bare: ${NATMED}`, [NATMED]],
    ['doi:10.1038/s41591-022-02097-3', [NATMED]],
    ['DOI: 10.1038/S41591-022-02097-3', [NATMED]],
    ['DOI 10.1056/NEJMoa2034577', ['10.1056/nejmoa2034577']],
    ['doi：10.1056/NEJMoa2034577', ['10.1056/nejmoa2034577']],
    ['https://doi.org/10.1056/NEJMoa2034577', ['10.1056/nejmoa2034577']],
    ['http://dx.doi.org/10.1016/j.stem.2019.08.002', ['10.1016/j.stem.2019.08.002']],
    ['Available at https://doi.org/10.1038/s41591-022-02097-3.', [NATMED]],
    ['info:doi/10.1038/nature12373', ['10.1038/nature12373']],
    ['urn:doi:10.1038/nature12373', ['10.1038/nature12373']],
    // Brackets: balanced ones belong to the DOI, unbalanced closers and punctuation do not.
    ['Lancet. 2020;395:1–10. doi:10.1016/S0140-6736(19)32226-2', [LANCET]],
    ['(doi: 10.1016/S0140-6736(19)32226-2)', [LANCET]],
    ['Read it (https://doi.org/10.1016/S0140-6736(19)32226-2).', [LANCET]],
    ['[10.1016/S0140-6736(19)32226-2]', [LANCET]],
    ['{10.1016/S0140-6736(19)32226-2}', [LANCET]],
    ['10.1016/S0140-6736(19)32226-2;', [LANCET]],
    ['see 10.1016/S0140-6736(19)32226-2, 10.1016/S1474-4422(18)30475-4.', [LANCET, '10.1016/s1474-4422(18)30475-4']],
    ['“10.1038/nature12373”', ['10.1038/nature12373']],
    ["'10.1038/nature12373'", ['10.1038/nature12373']],
    ['«10.1038/nature12373»', ['10.1038/nature12373']],
    ['10.1038/nature12373!?', ['10.1038/nature12373']],
    ['10.1038/nature12373*', ['10.1038/nature12373']],
    ['10.1002/[sici]1234', ['10.1002/[sici]1234']],
    // SICI DOIs carry <…> and may end in "#".
    [
      'doi:10.1002/(SICI)1097-4636(199709)36:3<291::AID-JBM2>3.0.CO;2-T.',
      ['10.1002/(sici)1097-4636(199709)36:3<291::aid-jbm2>3.0.co;2-t'],
    ],
    [
      '10.1002/(SICI)1096-8644(199601)99:1<135::AID-AJPA8>3.0.CO;2-#;',
      ['10.1002/(sici)1096-8644(199601)99:1<135::aid-ajpa8>3.0.co;2-#'],
    ],
    ['doi:10.1371/journal.pone.0014755<br>next', ['10.1371/journal.pone.0014755']],
    // Typeset dashes and invisible wrapping characters.
    ['DOI: 10.1136/jnnp‐2019‐321234', ['10.1136/jnnp-2019-321234']],
    ['DOI: 10.1136/jnnp−2019−321234', ['10.1136/jnnp-2019-321234']],
    ['DOI: 10.1136/jnnp—2019', ['10.1136/jnnp-2019']],
    ['10.1038/s41591-022\u00ad-02097-3', [NATMED]],
    ['10.1016/j.stem.\u200b2019.08.002', ['10.1016/j.stem.2019.08.002']],
    // URL-encoded DOIs copied from an address bar.
    ['https://doi.org/10.1038%2Fs41591-022-02097-3', [NATMED]],
    ['https://doi.org/10.1016/S0140-6736%2819%2932226-2', [LANCET]],
    // Publisher URLs written out in the text.
    ['https://www.frontiersin.org/articles/10.3389/fimmu.2020.01234/full', ['10.3389/fimmu.2020.01234']],
    ['nature.com/articles/s41591-022-02097-3', [NATMED]],
    ['(https://www.medrxiv.org/content/10.1101/2020.04.11.20062257v2.full.pdf)', ['10.1101/2020.04.11.20062257']],
    ['https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(19)32226-2/fulltext.', [LANCET]],
    // Several DOIs, registrant sub-elements, ISBN-A.
    ['10.1038/nature12373; 10.1126/science.aaa1234', ['10.1038/nature12373', '10.1126/science.aaa1234']],
    ['10.1000.10/123456', ['10.1000.10/123456']],
    ['ISBN-A 10.979.8123456/789', ['10.979.8123456/789']],
    ['10.123456789/abc', ['10.123456789/abc']],
    ['10.1186/ISRCTN91288089', ['10.1186/isrctn91288089']],
  ])('%s', (text, dois) => {
    expect(inText(text)).toEqual(dois.map((d): Found => ['doi', d]));
  });

  it('reports where the DOI starts and ends, without trailing punctuation', () => {
    const text = 'See (doi:10.1016/S0140-6736(19)32226-2). Next';
    const [m] = findIdentifiers(text);
    expect(m && text.slice(m.start, m.end)).toBe('10.1016/S0140-6736(19)32226-2');
  });
});

describe('strings that are not DOIs', () => {
  it.each([
    'Take 10.5 mg/kg twice a day',
    '10.5mg/kg',
    'Dose 10.25/hr',
    'Chrome 10.2024/11',
    'release 10.2024/11/05',
    'season 10.2019/2020',
    'doi:10.123/4567',
    '10.12/2023',
    '$10.99/month',
    '10.1000',
    '10.1000/',
    '10.1000/...',
    '10.1000/()',
    '2010.1234/5678',
    '192.168.10.1000/24',
    'Windows 10.0.19045/2006',
    '11.1234/abcd',
    '10,1234/abcd',
    'version 10.978/1',
  ])('%s', (text) => {
    expect(inText(text).filter(([kind]) => kind === 'doi')).toEqual([]);
  });
});

describe('DOIs in links', () => {
  it.each<[string, string | null]>([
    ['https://doi.org/10.1016%2Fj.stem.2019.08.002', '10.1016/j.stem.2019.08.002'],
    ['https://doi.org/10.1016/S0140-6736(19)32226-2', LANCET],
    ['https://doi.org/10.1016/S0140-6736%2819%2932226-2', LANCET],
    ['https://doi.org/10.1038/nature12373#references', '10.1038/nature12373'],
    ['https://doi.org/10.1038/nature12373?urlappend=%3Futm_source%3Dx', '10.1038/nature12373'],
    ['https://www.doi.org/10.1038/nature12373', '10.1038/nature12373'],
    ['https://hdl.handle.net/10.1038/nature12373', '10.1038/nature12373'],
    ['https://doi.wiley.com/10.1002/ana.25304', '10.1002/ana.25304'],
    ['https://dx.plos.org/10.1371/journal.pmed.1000097', '10.1371/journal.pmed.1000097'],
    ['doi:10.1038/nature12373', '10.1038/nature12373'],
    ['info:doi/10.1038/nature12373', '10.1038/nature12373'],
    ['info:doi/10.1038%2Fnature12373', '10.1038/nature12373'],
    [
      'https://doi.org/10.1002/(SICI)1096-8644(199601)99:1<135::AID-AJPA8>3.0.CO;2-#',
      '10.1002/(sici)1096-8644(199601)99:1<135::aid-ajpa8>3.0.co;2-#',
    ],
    [
      'https://doi.org/10.1002/(SICI)1096-8644(199601)99:1%3C135::AID-AJPA8%3E3.0.CO;2-%23',
      '10.1002/(sici)1096-8644(199601)99:1<135::aid-ajpa8>3.0.co;2-#',
    ],
    ['https://doi.org/10.1164/rccm.202204%E2%80%930671PP', '10.1164/rccm.202204-0671pp'],
    ['https://scholar.google.com/scholar_lookup?doi=10.1038/nature12373', '10.1038/nature12373'],
    ['https://example.org/openurl?rft_id=info%3Adoi%2F10.1038%2Fnature12373&rft.genre=article', '10.1038/nature12373'],
    ['https://www.google.com/url?q=https://doi.org/10.1038/nature12373&sa=D', '10.1038/nature12373'],
    ['https://www.google.com/url?q=https%3A%2F%2Fdoi.org%2F10.1038%2Fnature12373', '10.1038/nature12373'],
    ['https://l.facebook.com/l.php?u=https%3A%2F%2Fpubmed.ncbi.nlm.nih.gov%2F36624312%2F', null],
    ['https://doi.org/', null],
    ['https://doi.org/10.123/4567', null],
    ['https://doi.org/about', null],
    ['ftp://doi.org/10.1038/nature12373', null],
    ['javascript:alert(1)', null],
    ['mailto:x@doi.org', null],
    ['#10.1038/nature12373', null],
    ['not a url at all', null],
  ])('%s', (href, doi) => {
    const found = inHref(href);
    if (doi === null) expect(found?.[0] === 'doi' ? found : null).toBeNull();
    else expect(found).toEqual(['doi', doi]);
  });

  it('resolves relative links against the page', () => {
    expect(inHref('/doi/10.1177/1352458519879117', 'https://journals.sagepub.com/toc/msja/26/1')).toEqual([
      'doi',
      '10.1177/1352458519879117',
    ]);
  });
});

describe('publisher URLs that embed a DOI', () => {
  it.each(DOI_URL_RULES.map((rule) => [rule.name, rule.example[0], rule.example[1]]))(
    'table row %s: its example %s gives %s',
    (_, url, doi) => {
      expect(inHref(url)).toEqual(['doi', doi]);
    },
  );

  it.each<[string, string]>([
    // Nature
    ['https://www.nature.com/articles/s41591-022-02097-3', NATMED],
    ['https://www.nature.com/articles/s41591-022-02097-3?error=cookies_not_supported', NATMED],
    ['https://www.nature.com/articles/s41591-022-02097-3.pdf', NATMED],
    ['https://www.nature.com/articles/nature12373', '10.1038/nature12373'],
    ['https://www.nature.com/articles/d41586-023-00001-1', '10.1038/d41586-023-00001-1'],
    ['https://www.nature.com/nature/journal/v500/n7463/full/nature12373.html', '10.1038/nature12373'],
    // Wiley
    ['https://onlinelibrary.wiley.com/doi/10.1002/ana.25304', '10.1002/ana.25304'],
    ['https://onlinelibrary.wiley.com/doi/full/10.1002/ana.25304', '10.1002/ana.25304'],
    ['https://onlinelibrary.wiley.com/doi/abs/10.1002/ana.25304', '10.1002/ana.25304'],
    ['https://onlinelibrary.wiley.com/doi/epdf/10.1002/ana.25304', '10.1002/ana.25304'],
    ['https://onlinelibrary.wiley.com/doi/10.1111/j.1365-2796.2010.02324.x/abstract', '10.1111/j.1365-2796.2010.02324.x'],
    ['https://acsjournals.onlinelibrary.wiley.com/doi/full/10.1002/cncr.33587', '10.1002/cncr.33587'],
    // Taylor & Francis
    ['https://www.tandfonline.com/doi/full/10.1080/14712598.2020.1234567', '10.1080/14712598.2020.1234567'],
    ['https://www.tandfonline.com/doi/abs/10.1080/14712598.2020.1234567', '10.1080/14712598.2020.1234567'],
    ['https://www.tandfonline.com/doi/full/10.1080%2F14712598.2020.1234567', '10.1080/14712598.2020.1234567'],
    // SAGE
    ['https://journals.sagepub.com/doi/10.1177/1352458519879117', '10.1177/1352458519879117'],
    ['https://journals.sagepub.com/doi/pdf/10.1177/1352458519879117', '10.1177/1352458519879117'],
    ['https://journals.sagepub.com/doi/full/10.1177/1352458519879117', '10.1177/1352458519879117'],
    ['https://journals.sagepub.com/doi/epub/10.1177/1352458519879117', '10.1177/1352458519879117'],
    // Springer, BMC, SpringerOpen
    ['https://link.springer.com/article/10.1007/s00415-020-10000-1', '10.1007/s00415-020-10000-1'],
    ['https://link.springer.com/article/10.1007%2Fs00415-020-10000-1', '10.1007/s00415-020-10000-1'],
    ['https://link.springer.com/chapter/10.1007/978-3-030-12345-6_7', '10.1007/978-3-030-12345-6_7'],
    ['https://link.springer.com/content/pdf/10.1007/s00415-020-10000-1.pdf', '10.1007/s00415-020-10000-1'],
    ['https://translational-medicine.biomedcentral.com/articles/10.1186/s12967-018-1405-9', '10.1186/s12967-018-1405-9'],
    [
      'https://translational-medicine.biomedcentral.com/articles/10.1186/s12967-018-1405-9/figures/3',
      '10.1186/s12967-018-1405-9',
    ],
    ['https://stemcellres.biomedcentral.com/track/pdf/10.1186/s13287-020-01234-5.pdf', '10.1186/s13287-020-01234-5'],
    // Frontiers
    ['https://www.frontiersin.org/articles/10.3389/fimmu.2020.01234/full', '10.3389/fimmu.2020.01234'],
    ['https://www.frontiersin.org/journals/neurology/articles/10.3389/fneur.2021.654321/pdf', '10.3389/fneur.2021.654321'],
    // PLOS
    ['https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0123456', '10.1371/journal.pone.0123456'],
    ['https://journals.plos.org/plosmedicine/article?id=10.1371%2Fjournal.pmed.1000097', '10.1371/journal.pmed.1000097'],
    [
      'https://journals.plos.org/plosone/article/file?id=10.1371/journal.pone.0123456&type=printable',
      '10.1371/journal.pone.0123456',
    ],
    // The Lancet family (PII → DOI)
    ['https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(19)32226-2/fulltext', LANCET],
    ['https://www.thelancet.com/journals/lancet/article/PIIS0140-6736%2819%2932226-2/fulltext', LANCET],
    ['https://www.thelancet.com/journals/laneur/article/PIIS1474-4422(18)30475-4/fulltext', '10.1016/s1474-4422(18)30475-4'],
    ['https://www.thelancet.com/journals/eclinm/article/PIIS2589-5370(23)00123-X/fulltext', '10.1016/s2589-5370(23)00123-x'],
    // Journals whose URL holds the DOI after /doi/
    ['https://www.nejm.org/doi/full/10.1056/NEJMoa2034577', '10.1056/nejmoa2034577'],
    ['https://www.science.org/doi/10.1126/science.abc1234', '10.1126/science.abc1234'],
    ['https://www.pnas.org/doi/10.1073/pnas.2012345117', '10.1073/pnas.2012345117'],
    ['https://www.ahajournals.org/doi/10.1161/CIRCULATIONAHA.120.050000', '10.1161/circulationaha.120.050000'],
    ['https://academic.oup.com/lookup/doi/10.1093/brain/awz123', '10.1093/brain/awz123'],
    ['https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD012345.pub2/full', '10.1002/14651858.cd012345.pub2'],
    ['https://iopscience.iop.org/article/10.1088/1748-9326/11/4/048002/pdf', '10.1088/1748-9326/11/4/048002'],
    ['https://pubs.acs.org/doi/10.1021/acs.jmedchem.0c01234', '10.1021/acs.jmedchem.0c01234'],
    // Journals whose DOI is the path with a fixed prefix
    ['https://elifesciences.org/articles/45678', '10.7554/elife.45678'],
    ['https://peerj.com/articles/1234/', '10.7717/peerj.1234'],
    ['https://peerj.com/articles/cs-1234/', '10.7717/peerj-cs.1234'],
    ['https://www.bmj.com/content/371/bmj.m3862', '10.1136/bmj.m3862'],
    ['https://www.bmj.com/content/bmj/371/bmj.m3862.full.pdf', '10.1136/bmj.m3862'],
    ['https://www.biorxiv.org/content/10.1101/2020.03.01.123456v1', '10.1101/2020.03.01.123456'],
    ['https://www.biorxiv.org/content/10.1101/123456v2.full.pdf', '10.1101/123456'],
  ])('%s', (url, doi) => {
    expect(inHref(url)).toEqual(['doi', doi]);
  });

  it.each([
    // These URLs do not contain the DOI: nothing is guessed.
    'https://academic.oup.com/brain/article/146/1/123/6712345',
    'https://jamanetwork.com/journals/jama/fullarticle/2770000',
    'https://www.sciencedirect.com/science/article/pii/S0140673619322262',
    'https://www.cell.com/cell-stem-cell/fulltext/S1934-5909(19)30345-6',
    'https://www.mdpi.com/2072-6643/12/1/123',
    'https://bmjopen.bmj.com/content/10/1/e012345',
    'https://www.signature.com/articles/s41591-022-02097-3',
    'https://example.com/articles/what-stem-cells-can-do',
    'https://example.com/wp-content/10.1038/x.jpg',
    'https://www.nature.com/subjects/stem-cells',
    'https://journals.plos.org/plosone/',
  ])('%s names no DOI', (url) => {
    expect(inHref(url)).toBeNull();
  });
});

describe('normalizeDoi', () => {
  it.each<[string, string | null]>([
    ['10.1038/NATURE12373', '10.1038/nature12373'],
    ['  doi:10.1038/nature12373  ', '10.1038/nature12373'],
    ['DOI: 10.1038/nature12373', '10.1038/nature12373'],
    ['https://doi.org/10.1038/nature12373', '10.1038/nature12373'],
    ['http://dx.doi.org/10.1038/nature12373', '10.1038/nature12373'],
    ['doi.org/10.1038/nature12373', '10.1038/nature12373'],
    ['info:doi/10.1038/nature12373', '10.1038/nature12373'],
    ['10.1038%2Fnature12373', '10.1038/nature12373'],
    ['10.1038%252Fnature12373', '10.1038/nature12373'],
    ['10.1016/S0140-6736(19)32226-2).', LANCET],
    ['10.1038/nature12373 and more', null],
    ['10.1038/%E0%A4%A', null],
    ['10.1038', null],
    ['', null],
  ])('%s → %s', (raw, doi) => {
    expect(normalizeDoi(raw)).toBe(doi);
  });
});
