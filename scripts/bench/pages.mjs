// Generated pages for the benchmarks (`npm run bench`, `npm run bench:ab`). Text of our own; the
// identifiers are synthetic and only have the shapes of real ones.

function citationForm(i) {
  const pmid = 20000000 + i * 37;
  const forms = [
    `as reported (PMID: ${pmid})`,
    `see doi:10.1038/s41591-022-${String(10000 + i).padStart(5, '0')}-3 for details`,
    `full text at PMC${7000000 + i}`,
    `registered as NCT0${String(3000000 + i).padStart(7, '0')}`,
    `PMID: <a href="https://pubmed.ncbi.nlm.nih.gov/${pmid}/">${pmid}</a>`,
    `<a href="https://doi.org/10.1186/s13287-020-${String(1000 + i).padStart(5, '0')}-x">read the paper</a>`,
    `Smith J, et al. J Transl Med. 2018;16(1):57. doi: 10.1186/s12967-018-${String(1000 + i)}-7`,
    `EudraCT 2016-${String(100000 + i).padStart(6, '0')}-86`,
  ];
  return forms[i % forms.length];
}

const WORDS =
  'stem cells may help the body repair itself and our patients often ask about the latest research in regenerative care for joints nerves and skin'.split(
    ' ',
  );
function sentence(i) {
  let s = '';
  for (let k = 0; s.length < 62; k++) s += `${WORDS[(i * 7 + k * 3) % WORDS.length]} `;
  return s;
}

export function page(withCitations) {
  const parts = ['<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><main>'];
  for (let i = 0; i < 20000; i++) {
    const cite = withCitations && i % 40 === 0 ? ` ${citationForm(i / 40)}` : '';
    const tag = i % 50 === 0 ? 'h2' : i % 9 === 0 ? 'li' : 'p';
    parts.push(`<${tag}>${sentence(i)}<em>${WORDS[i % WORDS.length]}</em> ${sentence(i + 1).slice(0, 20)}${cite}</${tag}>`);
  }
  parts.push('</main></body></html>');
  return parts.join('\n');
}

/** A deterministic pseudo-random sequence (mulberry32), so that every run sees the same page. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A page of uneven blocks: 200 sections of 50 paragraphs or short lists, from
 * 10 to 400 characters each, one in about 40 with a citation. Placement
 * tuned only on the even bench page could do badly here.
 */
export function unevenPage() {
  const next = random(7);
  const pick = (n) => Math.floor(next() * n);
  const parts = ['<!doctype html><html><head><meta charset="utf-8"><title>uneven</title></head><body>'];
  parts.push('<header><nav><a href="/">Home</a> <a href="/about">About</a></nav></header><main>');
  let cited = 0;
  for (let s = 0; s < 200; s++) {
    parts.push(`<section><h2>Part ${s}</h2><div class="grid">`);
    for (let i = 0; i < 50; i++) {
      const text = sentence(s * 50 + i)
        .repeat(1 + pick(6))
        .slice(0, 10 + pick(390));
      const cite = pick(40) === 0 ? ` ${citationForm(cited++)}` : '';
      parts.push(
        pick(5) === 0
          ? `<ul><li>${text}${cite}</li><li>and ${text.slice(0, 30)}</li></ul>`
          : `<p>${text}<em>${WORDS[i % WORDS.length]}</em>${cite}</p>`,
      );
    }
    parts.push('</div></section>');
  }
  parts.push('</main></body></html>');
  return parts.join('\n');
}

/**
 * A 5 MB archive page of 50,000 elements: 10,000 patient stories with a few
 * citations along the way and one near the very end. Its head records long
 * tasks and the moment a badge lands in the last citation.
 */
export function hugePage() {
  const prose =
    'We met at the clinic on a grey morning and talked through the treatment plan, the follow-up visits, the costs, and what the research does and does not say about cells taken from fat tissue. Nobody promised a cure, and that honesty is why I stayed.';
  const pmids = [
    '30644983',
    '34812863',
    '22236384',
    '33376284',
    '34567432',
    '35662863',
    '30979713',
    '30881089',
    '38965462',
    '27269294',
  ];
  const parts = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Patient Stories Archive | Evergreen Regenerative</title>
<script>
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    const last = document.getElementById('last-citation');
    new MutationObserver(() => {
      if (!window.__lastBadgeAt && last.querySelector('evidence-lens-ui')) window.__lastBadgeAt = performance.now();
    }).observe(last, { childList: true, subtree: true });
  });
</script>
<style>body{font-family:Georgia,serif;max-width:780px;margin:0 auto;padding:0 20px}.story{border-bottom:1px solid #eee}</style>
</head><body><h1>Patient Stories Archive</h1><main>`,
  ];
  for (let i = 0; i < 10_000; i++) {
    const cite = i % 1000 === 500 ? ` Our doctor mentioned a study about this (PMID: ${pmids[(i / 1000) | 0]}).` : '';
    parts.push(
      `<div class="story"><h3>Story ${i + 1}</h3><p>${prose} ${prose}${cite} <span>Week ${(i % 52) + 1}</span> <em>shared with consent</em></p></div>`,
    );
  }
  parts.push(
    '<p class="source" id="last-citation">Source for the stories above: Genchi A, et al. Nat Med 2023. PMID: 36624312.</p>',
    '<footer><p>Evergreen Regenerative · Stories are shared by patients and edited for length.</p></footer></main></body></html>',
  );
  return parts.join('\n');
}
