/**
 * Sentences that are not the seller's claims: disclaimers, findings reported
 * from a study, someone else's marketing reported, quotes from experts,
 * statements that the evidence is weak. And two filters some kinds apply:
 * getting better by itself, and modest effects (sellers do not undersell).
 */
import { pattern } from '../rule';
import { FIRST_PERSON_SINGULAR, QUOTATION } from './first-person';

const DISCLAIMER = pattern(
  new RegExp(
    [
      String.raw`\bresults?\s+(?:may\s+|will\s+|can\s+)?(?:vary|varies|differ)(?!,?\s+but\b)`,
      String.raw`\bforward-looking\s+statements?\b`,
      String.raw`\bactual\s+results\s+(?:to\s+|may\s+|could\s+|might\s+)?differ`,
      String.raw`\bresults\s+depend`,
      String.raw`\bindividual\s+results\b`,
      String.raw`\bresults\s+(?:are|is)\s+not\s+guaranteed`,
      String.raw`\bnot\s+typical\b`,
      String.raw`\bno\s+guarantees?\b`,
      String.raw`\b(?:cannot|can[’']t|do\s+not|don[’']t|does\s+not|doesn[’']t)\s+(?:promise|guarantee|predict)`,
      String.raw`\b(?:consult|ask|talk\s+(?:to|with)|speak\s+(?:to|with)|check\s+with|see)\s+(?:with\s+)?(?:your|a|their)\s+(?:own\s+)?(?:doctor|physician|gp|healthcare|health\s+care|medical|pharmacist|neurologist|specialist|dermatologist|cardiologist|rheumatologist|paediatrician|pediatrician|obstetrician|provider|surgeon|care\s+team)`,
      String.raw`\bdiscuss\b[^.!?]{0,60}\bwith\s+your\s+(?:doctor|physician|neurologist|specialist|healthcare)`,
      String.raw`\bnot\s+intended\s+to\s+(?:diagnose|treat|cure|prevent|replace)`,
      String.raw`\bnot\s+(?:been\s+)?approved\s+(?:by\s+the\s+(?:FDA|U\.?S\.?\s+FDA|Food\s+and\s+Drug\s+Administration)\s+)?(?:to|for)\s+(?:diagnose|treat|cure|prevent)`,
      String.raw`\b(?:diagnose|treat|cure|mitigate),?\s+(?:\w+,?\s+)?(?:or\s+)?prevent\s+any\s+(?:disease|condition|illness)`,
      String.raw`\bnot\s+been\s+evaluated\s+by\b`,
      String.raw`\bnot\s+(?:a\s+)?(?:substitute|replacement)\s+for\b`,
      String.raw`\bnot\s+medical\s+advice\b`,
      String.raw`\b(?:informational|educational|information)\s+purposes\b`,
      String.raw`\bresearch\s+use\s+only\b`,
      String.raw`\bnot\s+for\s+human\s+consumption\b`,
      String.raw`\bseek\s+(?:emergency|immediate|medical)\b`,
    ].join('|'),
    'i',
  ),
);

/** A finding reported from a particular study: "the trial found…", "Genchi et al. reported…". */
const STUDY_REPORT = pattern(
  /(?<!\b(?:that|which|who)\s+(?:\w+\s+)?)\b(?:stud(?:y|ies)|trials?|reviews?|review\s+articles|overviews?|follow-ups?|meta-analys[ie]s|analysis|cohorts?|case\s+series|survey|report|experiments?|researchers|authors|investigators|scientists|doctors|team|and\s+colleagues|(?:one|a|another)\s+(?:\w+\s+)?(?:hospital|cent(?:er|re))|et\s+al\.?)(?:\s|,)[^!?]{0,150}?\b(?:found|reported|observed|concluded|noted|described|compared|gave|followed|tested|assigned|enrolled|measured|recorded|did\s+not|saw|looked|treated|randomi[sz]ed|received|were\s+given|stopped|ended|halted|terminated|showed|states?|stated|says|said|used|analy[sz]ed|pooled|defined|describe|suggest|reports|finds|explains|had\s+(?:no|fewer|more|less|similar|better|worse))\b/i,
);
/** Research in progress is not a finding, let alone the seller's: "researchers are studying whether…". */
const ONGOING_RESEARCH = pattern(
  /\b(?:are|is)\s+being\s+(?:studied|tested|investigated|explored)\b|\b(?:researchers|scientists|trials?|studies|teams?|groups)\s+(?:\w+\s+){0,3}?(?:are|is)\s+(?:now\s+|still\s+)?(?:studying|testing|investigating|exploring|looking\s+at|running|working\s+out|trying\s+to|figuring\s+out|learning)\b/i,
);
const ACCORDING_TO_STUDY = pattern(
  /\baccording\s+to\s+(?:a|an|the|one|this)\s+(?:\w+\s+){0,3}(?:study|trial|review|report|analysis|authors|researchers|investigators)\b|\bin\s+(?:an?|the|this)\s+(?:exploratory|secondary|post[- ]hoc|subgroup)\s+analysis\b|\baccording\s+to\s+the\s+(?:paper|article|data|results)\b/i,
);
/** The seller's own study or survey is the seller's claim. */
const OWN_STUDY = pattern(
  /\b(?:our|we)\b[^.!?]{0,30}\b(?:stud(?:y|ies)|trials?|survey|data|research|results|patients|clinic|team)\b|\bwe\s+(?:found|saw|observed|reported)\b/i,
);
/** A sentence that continues a study report ("It reported…", "Seven of ten patients improved…"). */
const PAST_REPORT = pattern(
  /\b(?:was|were|had|did|improved|reported|found|showed|received|gained|needed|saw|got|went|lost|fell|rose|increased|decreased|declined|dropped|called|described|observed|measured|noted|recorded|counted|tracked|followed)\b/i,
);
const SELLER_VOICE = pattern(/\b(?:our|we|us|you|your)\b/i);

/** A statement that the evidence is weak: "the evidence that PRP improves graft survival is mixed". */
const WEAK_EVIDENCE = pattern(
  /\bresults\s+(?:were|are|have\s+been)\s+mixed\b|\bevidence\b[^.!?]{0,80}\b(?:is|are|remains?|was)\s+(?:still\s+)?(?:mixed|limited|weak|unclear|lacking|uncertain|inconclusive|conflicting|poor|thin|scarce|sparse)\b|\b(?:mixed|limited|weak|unclear|inconclusive|conflicting|little|no\s+good)\s+evidence\b|\blittle\s+(?:published\s+)?research\b|\bshould\s+(?:first\s+)?be\s+(?:proven|shown|tested)\b|\bno\s+(?:significant\s+|meaningful\s+|real\s+)?difference\s+between\b/i,
);

/** Someone else's marketing, reported: "one clinic's website says its treatment…". */
const REPORTED_CLAIM = pattern(
  /\b(?:websites?|clinics?|compan(?:y|ies)|sellers?|advert\w*|marketing|ads?|brochures?|promoters?)(?:[’']s?)?(?:\s+(?:\w+\s+){0,3}?|,[^,]{1,80},\s+)(?:says?|said|claims?|claimed|promises?|promised|promising|claiming|advertises?|advertised|presents?|presented|markets?|marketed|tout(?:s|ed)?)\b/i,
);
/** A quote attributed to an expert: `"…," said Dr. Park`. */
const EXPERT_QUOTE = pattern(
  /["“”][^"“”]{0,300}["“”],?\s*(?:said|says|explains?|explained|warns?|warned|adds?|added|according\s+to)\s+(?:Dr\b|Prof\b|Professor|a\s+\w+ist\b|the\s+\w+ist\b|researchers?|scientists?|experts?|neurologists?|doctors?)/i,
);

/**
 * What researchers set out to do, or did, told in their voice: "The researchers set out to learn whether…",
 * "The authors explored whether the cells might show early signs of benefit".
 */
const RESEARCHERS_AIM = pattern(
  /\b(?:researchers|authors|investigators|scientists|study\s+team|research\s+team|the\s+team|trial\s+team|doctors\s+running\s+the\s+(?:study|trial))\b[^.!?]{0,60}?\b(?:present|presented|call\s+for|called\s+for|caution|cautioned|set\s+out|explored|aimed|wanted\s+to|sought|asked|wished|hoped|planned|designed|chose|looked\s+(?:at|for)\s+whether|examined|investigated|studied|assessed|evaluated|checked|tracked|monitored|measured|counted|followed|kept\s+track)\b/i,
);
/** Research still to come is not a result: "Future studies may explore…", "Larger trials are needed". */
const FUTURE_RESEARCH = pattern(
  /\b(?:future|further|larger|longer|more|bigger|controlled|randomi[sz]ed|additional|new)\s+(?:\w+\s+)?(?:studies|research|trials|work|investigations?)\s+(?:will|may|might|could|should|are\s+(?:still\s+)?(?:needed|required|underway|planned)|is\s+(?:still\s+)?(?:needed|required|underway|planned))\b|\bremains?\s+to\s+be\s+(?:seen|shown|proven|tested|confirmed)\b|\b(?:argued|called|pushed)\s+for\s+(?:more|further|larger)\b|\bmore\s+(?:research|study|evidence)\s+is\s+needed\b|\bhelp\s+(?:to\s+)?(?:show|answer|tell|find\s+out|work\s+out)\s+(?:who|whether|which|if|how)\b/i,
);
/** A statement of need, not of what the treatment does: "Treatments must protect the brain…". */
const NEED_STATEMENT = pattern(
  /\b(?:treatments?|therap(?:y|ies)|drugs?|medicines?|medications?|options?|approaches|strategies|patients|people(?:\s+with\s+\w+)?)\s+(?:\w+\s+){0,2}?(?:must|need\s+to|needs\s+to|would\s+have\s+to|have\s+to|has\s+to|ought\s+to)\b|\bdeserves?\s+(?:\w+\s+){0,3}?(?:treatments?|options?|care|answers|information|access)\b|\bthere\s+is\s+(?:a|an)\s+(?:\w+\s+)?(?:need|demand)\s+for\b|\b(?:an?\s+)?ideal\s+(?:treatment|therapy)\s+would\b|\b(?:looking|searching|hoping)\s+for\s+(?:\w+\s+){0,2}(?:therap(?:y|ies)|treatments?|options)\b/i,
);
/** A mechanism offered as an idea or belief: "an idea often called the bystander effect", "are thought to". */
const BELIEF = pattern(
  /(?<!\b(?:that|which)\s)\b(?:is|are|were|was)\s+(?:thought|believed|hypothesi[sz]ed|proposed|suspected)\s+to\b|\ban\s+idea\s+(?:often\s+|sometimes\s+)?(?:called|known\s+as)\b|\b(?:scientists|researchers)\s+(?:think|believe|suspect|hypothesi[sz]e)\b|\b(?:scientists|researchers|some\s+doctors)\s+(?:have\s+)?(?:proposed|suggested|speculated)\b|\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:proven|shown|tested)\b|\bin\s+theory\b|\btheoretically\b|\bwhy\s+(?:researchers|scientists)\s+(?:are|were)\s+(?:interested|studying|excited)\b|\b(?:researchers|scientists)\s+(?:are|were)\s+(?:interested|excited)\s+in\b|\bthe\s+(?:idea|theory|hope|hypothesis)\s+is\s+that\b|\bone\s+(?:idea|hypothesis|theory|possibility)\s+(?:\w+\s+){0,2}?is\s+that\b/i,
);
/** How common a disease is: "more than 12,000 new cases each year". */
const EPIDEMIOLOGY = pattern(
  /\b(?:new\s+cases|cases\s+(?:each|a|per)\s+year|people\s+(?:live|are\s+living)\s+with|(?:affects?|affecting)\s+(?:about|around|more\s+than|over|nearly|some)?\s*[\d,.]+\s*(?:million|thousand)?)\b/i,
);
/** A finding reported with its in-text citation, in the past tense and not in the seller's voice: "(Panes et al., 2016)". */
const CITED_REPORT = pattern(
  /\((?:(?:(?:de|van|von|der|den|di|da|du|le|la)\s+)*[A-Z][\p{L}'’-]+(?:\s+et\s+al\.?|\s+(?:&|and)\s+[A-Z][\p{L}'’-]+)?,\s+(?:19|20)\d\d[a-z]?)\)/u,
);
/**
 * A clinician's biography: board certification, training, memberships, years
 * in practice, who leads a programme. Qualifications, not claims about the
 * treatment; a count of treatments given ("has performed over 12,000
 * injections") is the seller's social proof all the same.
 */
const CLINICIAN = pattern(
  /\bDr\.?\s+[A-Z]|\b[A-Z][\p{L}'’-]+,\s+(?:MD|M\.D\.|DO|DC|PhD|FRCS|MBBS)\b|^(?:[Hh]e|[Ss]he|[Bb]efore\s+(?:opening|joining|founding))\b|\b(?:led|directed|run)\s+by\s+(?:\w+\s+){0,2}(?:Dr\b|[A-Z][\p{L}'’-]+\s+[A-Z])/u,
);
const BIOGRAPHY = pattern(
  /\b(?:board[- ]certified|board\s+certified|fellowship|residency|trained|training\s+in|practi[sc]ed|practi[sc]ing|years\s+of\s+(?:\w+\s+)?(?:experience|practice)|experience\s+in|members?\s+of|fellow\s+of|graduated|medical\s+school|degree|certificate|qualification|coaches|enjoys|was\s+team|led\s+by|directed\s+by|leads\s+our)\b/i,
);
const TREATMENT_COUNT = pattern(/\b(?:performed|treated|given|done)\s+(?:over\s+|more\s+than\s+)?[\d,]{3,}/i);

/** An indirect question or a wondering, not an assertion: "began asking why…". */
const WONDERING = pattern(
  /\b(?:asks?|asking|asked|wondering|wondered)\s+(?:us\s+|me\s+)?(?:why|whether|if|how|which|what\s+evidence)\b/i,
);
/** Taking part in research is not a result: "more than 300 patients have taken part in studies". */
const RESEARCH_PARTICIPATION = pattern(
  /\b(?:taken|took|taking)\s+part\s+in\s+(?:\w+\s+){0,4}?(?:stud(?:y|ies)|trials?|research)\b|\bparticipated\s+in\s+(?:\w+\s+){0,4}?(?:stud(?:y|ies)|trials?|research)\b/i,
);

/** What a regulator or a professional body says: "The FDA has warned that…", "The ISSCR says…". */
const AUTHORITY_SAYS = pattern(
  /\b(?:FDA|Food\s+and\s+Drug\s+Administration|EMA|European\s+Medicines\s+Agency|regulators?|ISSCR|International\s+Society\s+for\s+Stem\s+Cell\s+Research|advisory\s+committee|NICE|NHS|World\s+Health\s+Organization|WHO)\b[^.!?]{0,60}?\b(?:warned|warns|says|said|advises|advised|recommends|recommended|asks|asked|cautions|cautioned|(?<!United\s)states|stated|voted|has\s+not\s+approved|concluded)\b/i,
);
/** Aims and goals are not results: "Our program aims to calm inflammation", "Our goal is fewer flares". */
const GOAL = pattern(
  /^(?![\s\S]*\b(?:most|many|all)\s+(?:\w+\s+)?(?:patients|people|men|women)\s+(?:do\s+)?(?:notice|see|feel|improve|get)\b)[\s\S]*(?:\baims?\s+to\b|\b(?:our|the)\s+goal\s+is\b)/i,
);
/** Someone else's claim, heard: "told by a friend that stem cells cured…". */
const HEARSAY = pattern(
  /\b(?:been|were|was)\s+told\s+(?:by\s+[^,.!?]{1,40}\s+)?that\b|\bthey\s+told\s+(?:me|us)\b|\b(?:will\s+not|won't|never|do\s+not|don't)\s+(?:tell|promise|claim)\s+(?:you|that)\b|\bbe\s+(?:cautious|wary|careful)\s+(?:of|about)\b|\bbeware\s+of\b/i,
);
/** What was seen in animals or in a dish: "In animal models of MS…", "in the laboratory". */
const LAB_FINDING = pattern(
  /^in\s+(?:animal|mouse|rat|laboratory|lab|pre-?clinical)\s+(?:models?|studies|experiments|work)\b|^in\s+(?:\w+\s+)?(?:rats|mice|rabbits|dogs|pigs|sheep|horses|animals)\b|\bin\s+the\s+laborator(?:y|ies)\b|\bin\s+a\s+(?:dish|test\s+tube)\b|\bin\s+(?:laboratory|lab|petri)\s+dish(?:es)?\b|\bin\s+cell\s+cultures?\b/i,
);
/** How a procedure is done, told as such: "chemotherapy wipes out the immune system and the stored cells rebuild it". */
const PROCEDURE = pattern(
  /\bwip(?:es?|ing)\s+out\s+(?:most\s+of\s+)?(?:the|their|your|a\s+person's|the\s+person's)\s+(?:existing\s+)?immune\s+(?:system|cells)\b|\brebuild(?:s)?\s+(?:a\s+new\s+)?immune\s+system\b|\bimmune\s+system\s+is\s+rebuilt\b/i,
);

/** Cookie notices. */
const COOKIES = pattern(/\bcookies?\b/i);
/** Who the treatment is for, not what it does: "may be candidates", "who want to avoid surgery". */
const CANDIDACY = pattern(
  /\bmay\s+be\s+(?:a\s+)?(?:good\s+|ideal\s+)?candidates?\b|\b(?:good|ideal|suitable)\s+candidates?\b|\b(?:who|that)\s+(?:want|wants|wish|wishes|hope|hopes|would\s+like)\s+to\b|\bwho\s+(?:qualif|is\s+eligible|are\s+eligible)|\bwe\s+(?:work|see|treat)\s+(?:with\s+)?(?:patients|people|adults|children)\s+who\b/i,
);
/** Results differ by person: "Everyone heals at a different pace". */
const VARIES = pattern(
  /\b(?:everyone|every\s+(?:patient|person|body|child|case))\s+(?:heals|responds|recovers|is\s+different)\b|\bat\s+(?:a|their\s+own)\s+(?:different\s+)?pace\b|\bimprove\s+little\s+or\s+not\s+at\s+all\b|\bno\s+change\s+at\s+all\b|\b(?:measured|found|saw|recorded)\s+no\s+(?:\w+\s+)?(?:change|difference|improvement)\b|\bexpectations\s+realistic\b/i,
);
/** A paper's title: "Platelet-Rich Plasma Improves Erectile Function: A Double-Blind, Randomized, Placebo-Controlled Clinical Trial". */
const PAPER_TITLE = pattern(
  /:\s+(?:an?\s+)?(?:[\w-]+,?\s+){0,5}?(?:trial|study|review|meta-analysis|analysis|case\s+series|case\s+report|pilot\s+study)\.?\s*$/i,
);
/** A caption or chart description in brackets: "[Bar chart: …]". */
const BRACKETED = pattern(/^\s*\[[^\]]*\]\s*$/);

/** Getting better by itself is not a treatment's effect: "most back pain improves on its own". */
const NATURAL_COURSE = pattern(
  /\b(?:improves?|improved|resolves?|heals?|gets?\s+better|goes\s+away|settles?|recovers?)\s+(?:\w+\s+){0,2}?(?:on\s+(?:its|their)\s+own|by\s+(?:itself|themselves))\b|\b(?:heals?|repairs?|regenerates?|recovers?)\s+(?:\w+\s+){0,2}?(?:so\s+|very\s+|only\s+)?(?:poorly|slowly|badly|with\s+(?:weaker|scar))\b|\b(?:loss|loses|losing|decline|declines|reduced|weaker)\b[^.!?]{0,40}\bability\s+to\s+(?:\w+\s+and\s+)?(?:repair|heal|regenerate|renew)\b|\bfollowed\s+by\s+(?:partial\s+or\s+)?(?:full\s+|complete\s+)?recovery\b|\bwho\s+recover\s+from\b|\bwhatever\s+the\s+treatment\b|\bregardless\s+of\s+(?:the\s+)?treatment\b|\bwithout\s+(?:any\s+)?treatment\b|^(?![\s\S]*\b(?:our|we|treatments?|therap(?:y|ies)|cells|injections?|infusions?)\b)[\s\S]*\b(?:many|most|some)\s+(?:people|patients|children)\s+(?:\w+\s+){0,2}improve\b/i,
);

/** Sellers do not undersell: "can slow the decline a little in some people" describes a limit. */
const UNDERSTATEMENT = pattern(
  /\b(?:a\s+little|slightly|modest(?:ly)?|marginal(?:ly)?|small\s+(?:benefits?|improvements?|effects?))\b|\brelief\s+for\s+some\b|\bwhen\s+it\s+happens\b/i,
);

/** Whether the sentence is a clinician's biography (and not a count of treatments given). */
export function isClinicianBiography(sentence: string): boolean {
  return CLINICIAN.test(sentence) && BIOGRAPHY.test(sentence) && !TREATMENT_COUNT.test(sentence);
}

/** Whether the sentence reports a study's finding rather than the seller's claim. */
export function isStudyReport(sentence: string): boolean {
  if (OWN_STUDY.test(sentence)) return false;
  return STUDY_REPORT.test(sentence) || ACCORDING_TO_STUDY.test(sentence) || ONGOING_RESEARCH.test(sentence);
}

/** Whether a sentence that follows a study report continues it ("It reported…", "Seven of ten patients improved…"). */
export function continuesStudyReport(sentence: string): boolean {
  return !SELLER_VOICE.test(sentence) && PAST_REPORT.test(sentence);
}

/** Whether the sentence is an expert's quoted words (never a patient's story either). */
export function isExpertQuote(sentence: string): boolean {
  return EXPERT_QUOTE.test(sentence);
}

/**
 * Whether the sentence is not the seller's claim: a disclaimer, someone else's
 * marketing reported, an expert quoted, weak evidence admitted, or a study's
 * finding (unless it is the speaker's own quoted story); `afterStudyReport`
 * tells whether the previous sentence of the block reported a study.
 */
export function isNotTheSellersClaim(sentence: string, afterStudyReport: boolean): boolean {
  if (DISCLAIMER.test(sentence) || REPORTED_CLAIM.test(sentence) || EXPERT_QUOTE.test(sentence) || WEAK_EVIDENCE.test(sentence))
    return true;
  if (
    FUTURE_RESEARCH.test(sentence) ||
    NEED_STATEMENT.test(sentence) ||
    BELIEF.test(sentence) ||
    COOKIES.test(sentence) ||
    CANDIDACY.test(sentence) ||
    VARIES.test(sentence) ||
    BRACKETED.test(sentence) ||
    PAPER_TITLE.test(sentence) ||
    EPIDEMIOLOGY.test(sentence) ||
    WONDERING.test(sentence) ||
    AUTHORITY_SAYS.test(sentence) ||
    GOAL.test(sentence) ||
    HEARSAY.test(sentence) ||
    LAB_FINDING.test(sentence) ||
    PROCEDURE.test(sentence) ||
    RESEARCH_PARTICIPATION.test(sentence) ||
    isClinicianBiography(sentence)
  )
    return true;
  if (CITED_REPORT.test(sentence) && !SELLER_VOICE.test(sentence) && PAST_REPORT.test(sentence)) return true;
  if (!OWN_STUDY.test(sentence) && RESEARCHERS_AIM.test(sentence)) return true;
  const ownStory = QUOTATION.test(sentence) && FIRST_PERSON_SINGULAR.test(sentence);
  if (!ownStory && isStudyReport(sentence)) return true;
  return afterStudyReport && continuesStudyReport(sentence);
}

/** Other treatments, not the one sold: "the medicines that work well in relapsing MS have done much less". */
const OTHER_TREATMENTS = pattern(
  /\b(?:the\s+)?(?:existing|current|standard|conventional|traditional|approved|usual|other|available)?\s*(?:medicines|medications|drugs|pills|tablets|steroids|painkillers|inhalers?|insulin|metformin|levodopa|cortisone\s+shots|disease-modifying\s+(?:drugs|therapies)|DMTs|(?:current|standard|conventional|existing|usual|available)\s+treatments?|(?:standard|usual)\s+care|defibrillators?|drug\s+therap(?:y|ies)|(?:pulmonary\s+|cardiac\s+)?rehab(?:ilitation)?|physio(?:therapy)?|physical\s+therapy|occupational\s+therapy|speech\s+therapy|quitting\s+smoking|vaccinations?|knee\s+replacements?|hip\s+replacements?|joint\s+replacements?|(?:liver|kidney|heart|lung|organ)\s+transplants?|surger(?:y|ies)|surgical\s+repairs?|operations|fusions?)\b/i,
);
/** The treatment on sale named in a sentence. */
const OWN_TREATMENT = pattern(
  /\b(?:stem\s+cells?|(?:the|these|donor)\s+cells|cell\s+(?:therapy|treatment)|(?<!(?:cortisone|steroid)\s)injections?(?!\s+of\s+(?:[\w-]+\s+){0,2}(?:medicines|drugs|steroids|cortisone))|exosomes?|PRP|platelet[- ]rich|bone\s+marrow|concentrate|BMAC|our|we|regenerative|this\s+(?:therapy|treatment|protocol)|the\s+(?:therapy|treatment|protocol|injection)s?)\b/i,
);

/**
 * "Avoid knee replacement", "come off steroids", "no pills needed", "use their inhaler less": the other treatment
 * named is what the treatment on sale is said to spare.
 */
const SPARES_SURGERY = pattern(
  /\b(?:avoid|avoids|avoiding|delay|delays|skip|without|no|eliminates?)\s+(?:or\s+\w+\s+)?(?:a\s+|the\s+)?(?:need\s+for\s+)?(?:\w+\s+){0,3}?(?:surgery|replacement|operation|fusion|pills|drugs|medications?)\b|\bwith\s+(?:other|your|any)\s+(?:medicines|medications|drugs)\b|\b(?:come|came|coming|get|got|be|are|is|stay)\s+off\b|\bno\s+(?:\w+\s+)?(?:pills|drugs|medications?|surgery)\s+(?:needed|required)\b|\b(?:less|fewer|(?:reduce[sd]?|cut|lower)\s+(?:the\s+need\s+for|the\s+use\s+of|their|your|my)|stop(?:ped)?\s+(?:taking|using|needing))\s+(?:rescue\s+|daily\s+)?(?:inhalers?|pills|medications?|medicines|drugs|steroids|insulin|painkillers)\b|\bfreedom\s+from\b|\bunlike\s+(?:\w+\s+)?(?:surgery|surgeries|drugs|medications|pills|steroids|injections)\b|\b(?:lower|reduce|cut)\s+(?:their|your|my)\s+(?:[\w-]+\s+)?doses?\b|\bthan\s+(?:\w+\s+){0,3}?(?:tablets|pills|medications?|drugs|surgery|steroids|inhalers?|rehab(?:ilitation)?|physio(?:therapy)?|physical\s+therapy|cortisone)\b|\b(?:inhalers?|pills|medications?|steroids|insulin)\s+less\b/i,
);

/** Whether the sentence is about other treatments than the one on sale. */
export function isAboutOtherTreatments(sentence: string): boolean {
  return OTHER_TREATMENTS.test(sentence) && !OWN_TREATMENT.test(sentence) && !SPARES_SURGERY.test(sentence);
}

/** Help with the trip, not with the disease: "Our coordinators help with travel, lodging and paperwork". */
const SERVICE_HELP = pattern(
  /\b(?:help(?:s|ing)?|assist(?:s|ing)?|support(?:s|ing)?)\s+(?:you\s+|patients\s+|families\s+)?(?:with|through|plan)\s+(?:\w+\s+){0,2}?(?:travel|trip|lodging|accommodation|hotel|flights?|paperwork|insurance|financing|payment|scheduling|booking|visa|logistics|arrangements?|transport|transfers?|invitation|letters?|questions)\b|\b(?:coordinators?|concierge|staff|team)\s+(?:will\s+)?(?:help|assist|support)\b|\bhelp\s+with\s+(?:magnifiers|devices|aids|equipment|lighting|forms|paperwork|transport)\b/i,
);

/** Whether the sentence is about the service around a treatment (travel, paperwork), not its effect. */
export function isServiceHelp(sentence: string): boolean {
  return SERVICE_HELP.test(sentence);
}

/** "Most back pain improves on its own": not a treatment's effect. */
export function isNaturalCourse(sentence: string): boolean {
  return NATURAL_COURSE.test(sentence);
}

/** What to expect after the procedure, and how to take the product: "some soreness for a few days", "for best results". */
const AFTERCARE = pattern(
  /\b(?:some|mild|a\s+little)\s+(?:soreness|bruising|swelling|tenderness|stiffness)\b|\bfeel\s+(?:some\s+|only\s+)?(?:slight\s+|mild\s+|light\s+)?pressure\b|\bfor\s+best\s+results\b/i,
);

/** Whether the sentence says what to expect after a procedure or how to take a product, not what it achieves. */
export function isAftercare(sentence: string): boolean {
  return AFTERCARE.test(sentence);
}

/** "Can slow the decline a little in some people": a limit, not a promise. */
export function isUnderstatement(sentence: string): boolean {
  return UNDERSTATEMENT.test(sentence);
}
