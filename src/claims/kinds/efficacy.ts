/**
 * Efficacy: the treatment is said to work, improve or relieve ("clinically
 * proven", "90% of patients report relief", "walk again").
 */
import {
  isAboutOtherTreatments,
  isAftercare,
  isNaturalCourse,
  isServiceHelp,
  isUnderstatement,
} from '../language/not-the-seller';
import { COMPARATIVE, NOTICING, OUTCOME, PATIENTS, words } from '../language/vocabulary';
import { type ClaimKindModule, rule } from '../rule';

export const efficacy: ClaimKindModule = {
  kind: 'efficacy',
  hedgeable: true,
  // Getting better by itself, or a little, is not what sellers promise.
  skipIf: [isNaturalCourse, isUnderstatement, isAboutOtherTreatments, isServiceHelp, isAftercare],
  stems: words`
    is\s+back back restored eliminat never typical breathe families parents clients plump bounc shin silk tight dew gloss lush down\b normally comfortably empower
    supercharg turbocharg times\s taper off\s needing subside renew increas denser new\b curb chang cancel skip
    majority sweat lost \bin\s+(?:\d|ten|five|four|three) most\s many\s nearly\s+all almost\s+all
    like\s+\w+\s+again prov effective work result improv stud research science trial evidence data clinical relie
    pain reduc lower eas(?:e|es|ing)\b cut decreas calm sooth fight boost enhanc strengthen sharpen accelerat
    speed recharg energi support promot stimulat banish smooth protect slow shorten mobili regain return recover
    avoid delay save help treat transform life-changing breakthrough miracle powerful potent success benefit
    respond recommend burn build lose shed drop gain muscle weight fade disappear vanish glow radiant youthful
    flawless even-toned wrinkle ageless younger detox cleans flush neutrali lighten brighten tighten plump nourish
    revitali activat awaken reviv wake melt again fix helped difference growth easily freely clearly comfortably
    confidently proof percent % out\s+of in\s+ten better more less fewer deeper clearer stronger brighter firmer
    healthier thicker fuller smoother smaller softer steadier sharper greater faster quicker easier farther
    further balance get\s+(?:your|their) gained regained add expected gains insurance unnecessary no\s+other quiet
  `,
  rules: [
    // The clinic's own patients and results: "also benefit from this treatment", "likely to respond to our treatment",
    // "can avoid it with bone marrow injections", "the kind of result we see every week", "many of our patients see…".
    rule(/\b(?:also\s+|can\s+|will\s+|all\s+|still\s+)?benefit\s+from\s+(?:this|our|the|these|stem|cell|regenerative)\b/gi),
    rule(/\b(?:likely|able)\s+to\s+respond\s+to\s+(?:our|this|the|stem|cell)\b/gi),
    rule(
      /\bcan\s+avoid\s+(?:it|surgery|(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:replacement|surgery|operation))\s+(?:with|through|by|thanks)\b/gi,
    ),
    rule(/\b(?:kind\s+of\s+)?results?\s+(?:we|you)\s+see\b/gi),
    rule(
      /\b(?:many|most)\s+of\s+our\s+(?:[\w-]+\s+){0,3}?(?:patients|clients|families)\s+(?:see|notice|report|have\s+been\s+able|are\s+able|can\s+expect)\b|\bof\s+our\s+patients\s+(?:increas|improv)\w*\b/gi,
    ),
    rule(
      /\bhelps?\s+(?:(?:\d+\s+(?:in|out\s+of)\s+\d+|nine\s+(?:in|out\s+of)\s+ten)\s+(?:of\s+)?(?:our\s+)?|(?:most|many)\s+of\s+our\s+)(?:patients|members|clients|families|people|men|women)\b|\bcomplete\s+our\s+(?:[\w-]+\s+)?(?:program|programme|protocol|treatment)\s+(?:gain|improv|regain)\w*|\bpatients\s+who\s+(?:[\w-]+\s+){1,10}?see\s+(?:the\s+)?(?:biggest|greatest|best|most)\s+(?:changes|improvements|results|gains)\b/gi,
    ),
    rule(
      /\bpatients\s+report\s+(?:an?\s+)?(?:average\s+(?:of\s+)?)?\d+\s?%\s+(?:reduction|improvement|increase|less|more)\b|\b(?:doubles|triples)\s+(?:the\s+)?(?:results|benefits?)\b|\b(?:able\s+to|can)\s+(?:lower|reduce|cut)\s+(?:their|your)\s+(?:[\w-]+\s+)?doses?\b/gi,
    ),
    rule(/\breduce\s+scar\s+tissue\b|\bmake\s+new\s+(?:\w+\s+){0,2}(?:blood\s+vessels|cells|tissue|cartilage)\b/gi),
    // What most patients are said to get: "Most families see their child make eye contact within weeks".
    rule(
      /\b(?:most|many|nearly\s+all|almost\s+all|nine\s+(?:in|out\s+of)\s+ten|\d{2}\s?%)\s+(?:of\s+)?(?:our\s+)?(?:\w+\s+)?(?:patients|families|men|women|parents|clients|children|people)\s+(?:see|sees|notice|enjoy|hold|feel|get|experience|regain|gain|speak|talk)\b/gi,
      {
        unless:
          /\b(?:feel|experience|get|notice|see)\s+(?:\w+\s+){0,2}?(?:soreness|pain|discomfort|bruising|swelling|side\s+effects|tired|no\s+change|pressure|tingling|warmth|nothing|worse|[“”"']?off[“”"']?\s+periods|involuntary)\b/i,
      },
    ),
    rule(
      /\bbreathe\s+(?:easier|better|freely)\b|\bslow(?:s|ing)?\s+(?:\w+\s+)?(?:ALS|MS|Parkinson['’]?s|progression|the\s+disease)\b/gi,
    ),
    rule(/\bprov(?:en|e|es|ed)\b/gi, { unless: /\bremains?\s+the\s+(?:best[- ])?(?:proven|established|standard)\b/i }),
    rule(/\bclinically\s+(?:tested|studied|shown|validated|demonstrated)\b/gi),
    rule(/\bliving\s+proof\b/gi),
    // "typically need far less prednisone", "94% said skin felt firmer", "gain bladder control".
    rule(
      /\bneed\s+(?:far\s+|much\s+)?less\s+(?:\w+\s+)?(?:prednisone|insulin|medications?|steroids|painkillers|drugs)\b|\b\d{1,3}\s?%\s+(?:said|saw|reported|noticed|felt|agreed)\b|\bgain\s+(?:\w+\s+)?(?:control|sensation|strength|function|mobility|movement)\b/gi,
    ),
    // "has made joint replacement unnecessary", "no other treatment gives a better repair", "no more knee pain".
    rule(
      /\bmade\s+(?:\w+\s+){0,2}(?:surgery|replacement|operation|transplant)\s+unnecessary\b|\bno\s+other\s+(?:treatment|therapy|option)\s+(?:gives|offers|provides|works)\b|\bno\s+more\s+(?:\w+\s+){0,2}?(?:pain|symptoms|flares|insulin|pills|medication|shots|injections|limping)\b/gi,
      { negation: 'none' },
    ),
    rule(
      /\bexperienced\s+an?\s+\d+\s?%\s+(?:reduction|improvement|increase)\b|\bbetter\s+(?:long-term\s+)?(?:option|choice|alternative)\s+than\b/gi,
    ),
    // Cord blood sold as "biological insurance" for the family.
    rule(/\bbiological\s+insurance\b/gi),
    // "Every protocol we offer is backed by peer-reviewed science."
    rule(/\b(?:backed|supported|proven)\s+by\s+(?:[\w-]+\s+){0,2}(?:science|research|studies|evidence|data|trials)\b/gi),
    rule(/\beffective(?:ly|ness)?\b/gi, { unless: /\bcost[- ]effective/i }),
    rule(
      /\b(?:it|that|this|treatment|therapy|protocol|procedure|program|product|formula|which|really|actually|truly|injection|restoration)\s+works\b(?!\s+(?:as\s+an?|closely|with\s+(?:your|our|the)\s+(?:insurer|insurance|teams?|doctors?)))|\b(?:they|treatments|therapies|cells|injections|products|drips|peptides)\s+(?:really\s+|actually\s+|truly\s+)?work\b(?!\s+(?:by|in\s+(?:different|many|several|various|similar)\s+ways)\b)/gi,
      { unless: /\bhow\b/i },
    ),
    rule(
      /\bworks?\s+(?:for|wonders|well|fast|quickly|(?:\w+\s+)?better)\b(?!\s+(?:as|like)\s+an?\b)|\bworks\s+(?:with|alongside)\s+(?!(?:your\s+|our\s+)?(?:insurance|insurer|schedule|budget|employer|team|teams|doctors?|us)\b)/gi,
      { unless: /\bhow\b|\bworks?\s+for\s+(?:us|you\s+to|a\s+living)\b/i },
    ),
    rule(
      /\b(?:real|proven|lasting|long-lasting|amazing|incredible|dramatic|remarkable|visible|guaranteed|excellent|great|life-changing|noticeable|impressive|same|fast|quick|best)\s+results\b/gi,
    ),
    rule(/\b(?:see|sees|get|gets|getting|deliver|delivers|achieve|achieves|notice|feel)\s+(?:\w+\s+){0,2}results\b/gi),
    rule(/\bresults\s+(?:you\s+can|that\s+last|last|start|speak|in\s+as\s+little|within)\b/gi),
    rule(
      /\bresults\s+(?:look|looks|feel|are|were)\s+(?:\w+\s+){0,2}(?:natural|amazing|incredible|great|dramatic|permanent|long-lasting|lasting|stunning|visible|immediate|faster|stronger|better)\b|\bresults\s+(?:\w+\s+){0,6}?last\s+(?:for\s+|up\s+to\s+)?(?:[\w-]+\s+){0,3}(?:years?|months|a\s+lifetime)\b/gi,
    ),
    rule(/\bimprov(?:e|es|ed|ing|ement|ements)\b/gi),
    rule(
      /\b(?:studies|research|science|trials|evidence|data)\s+(?:\w+\s+){0,3}(?:show|shows|shown|prove|proves|proven|confirm|confirms|demonstrate|demonstrates|demonstrated|supports?|backs)\b/gi,
    ),
    // Verbs that only ever describe a benefit.
    rule(
      /\b(?:calms?|calming|quiet(?:s|ing)\s+(?:the\s+)?inflammation|soothes?|soothing|relieves?|relieving|banish(?:es)?|fights?\s+(?:off\s+)?(?:the|your|inflammation|infection|aging|ageing|fatigue|disease))\b/gi,
      {
        unless:
          /\bperiods?\s+of\s+calm\b|\b(?:a|in\s+a|is|was|so|very)\s+calm\b|\bcalm\s+(?:treatment\s+)?(?:room|lounge|setting|environment|atmosphere|space|office)\b/i,
      },
    ),
    rule(
      /\b(?:reduce|reduces|reducing|lower|lowers|lowering|ease|eases|easing|smooth|smooths|cut|cuts|decrease|decreases)\s+(?:\w+\s+){0,2}?(?:inflammation|pain|symptoms|stiffness|fatigue|anxiety|stress|swelling|attack|flares?|complications|wrinkles|lines|HbA1c|blood\s+sugar|cravings|the\s+gut|medications?|medicines?|drugs|doses?|need|reliance|dependence|relapses|seizures|tension|scarring|hair\s+loss|insulin)\b|\b(?:reduce|cut)\s+or\s+stop\s+(?:\w+\s+){0,2}?(?:insulin|medications?|medicines?|drugs|pills|painkillers)\b/gi,
    ),
    rule(
      /\b(?:detoxif(?:y|ies|ying)|(?<!\b(?:a|an|the|gentle|deep|daily|facial)\s)cleanses?|flush(?:es)?\s+out|sweat\s+out|neutrali[sz]es?|lightens?|brightens?|tightens?|plumps?|nourish(?:es|ing)?|revitali[sz]es?|reactivates?|(?<!\b(?:isolates|processes|prepares)\s+and\s)activates?|awakens?|revives?|wakes?\s+up|melts?\s+away)\b/gi,
    ),
    rule(
      /\b(?:radiant|youthful|glowing|flawless|even-toned|wrinkle-free|ageless|younger-looking)\b|\b(?:will|to|skin|you)\s+glow\b/gi,
      // A name or an address, not a promise: "The Ageless Edge", "mitomax.example/ageless".
      { unless: /\/ageless|\bAgeless\s+[A-Z]/ },
    ),
    rule(
      /\b(?:energy|strength|hair|sight|vision|memory|mobility|sensation|feeling|colou?r|appetite|libido|confidence|smile)\s+(?:return|returns|returned|comes\s+back|came\s+back|is\s+back)\b/gi,
    ),
    rule(
      /\b(?:walk|walking|run|running|talk|talking|play|playing|smile|smiling|laugh|laughing|sleep|sleeping|recogni[sz]e|recogni[sz]ing|hike|hiking|dance|dancing|drive|driving|live|living|feel|feeling|breathe|breathing|move|moving|enjoy|enjoying|work|working|speak|speaking|like\s+\w+)\s+(?:[\w,]+\s+){0,4}?again\b/gi,
    ),
    rule(
      /\bwe\s+(?:can\s+)?fix\b|\b(?:has|have)\s+helped\s+(?:many\s+|countless\s+|so\s+many\s+)?(?:women|men|patients|people|children|families|clients|athletes|dogs|pets)\b/gi,
    ),
    // Not painkillers: "have already tried simple pain relief".
    rule(/\b(?:pain|symptom)\s+relief\b|\brelief\b/gi, {
      unless:
        /\b(?:simple|over-the-counter|regular)\s+pain\s+relief\b|\bpain\s+relief\s+(?:medicines?|medications?|tablets|pills)\b/i,
    }),
    rule(/\bpain[- ]free\b/gi),
    rule(
      /\b(?:boost(?!\s*[,.;:]|\s+shots?\b)|boosts|boosting|enhance|enhances|strengthen|strengthens|sharpen|sharpens|accelerate|accelerates|speed\s+up|speeds\s+up|speeds|recharge|recharges|energi[sz]e|energi[sz]es|stimulates?|mobili[sz]es?)\b/gi,
    ),
    rule(/\bspeed(?:s|ing)?\s+(?:up\s+)?(?:your\s+|the\s+)?(?:\w+\s+)?(?:recovery|healing|repair)\b/gi),
    rule(
      /\b(?:support|supports|promote|promotes)\s+(?:your\s+|the\s+)?(?:\w+\s+){0,2}(?:healing|repair|recovery|flexibility|comfort|immunity|immune|sleep|energy|growth|regeneration|health|healthy|function|mood|joints?|system|weight|blood\s+pressure|heart|brain|skin|hair|nerves|liver|detox|focus|memory|longevity|vitality|release)\b/gi,
    ),
    rule(
      /\bprotect(?:s|ing)?\s+(?:the|your|their)\s+(?:[\w'’]+\s+){0,3}(?:nerves?|neurons|brain|cells|joints?|heart|child|children|baby|family)\b/gi,
    ),
    rule(
      /(?<!\b(?:the|a|its|this)\s)\bslow(?:s|ing)?\s+(?:down\s+)?(?:the\s+|further\s+)?(?:\w+\s+)?(?:decline|progression|thinning|loss|damage)\b/gi,
    ),
    rule(/\bshorten(?:s)?\s+(?:\w+\s+)?recovery\b/gi),
    rule(String.raw`\b${COMPARATIVE}\s+(?:\w+\s+)?${OUTCOME}\b`, {
      unless:
        /\bcauses?\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}reduced\b|\blive\s+with\b|\b(?:learn|read|find\s+out|know)\s+more\b|\bmore\s+(?:about|(?:\w+\s+)?(?:news|articles|stories|posts))\b/i,
    }),
    rule(String.raw`\b${NOTICING}\s+(?:a\s+|an\s+)?(?:\w+\s+)?${COMPARATIVE}\s+\w+`, {
      unless:
        /\bmore\s+(?:than|of\s+the|about|information|questions|likely)\b|\bless\s+(?:often|reserve|likely)\b|\b(?:fewer|more|less)\s+(?:choices|options|treatments|drugs)\b/i,
    }),
    rule(/\bmore\s+(?:easily|freely|clearly|comfortably|confidently)\b/gi),
    // "return home walking, talking and living better": what patients are said to bring home.
    rule(
      /\breturn(?:s|ed)?\s+home\s+(?:walking|talking|pain-free|healthier|stronger|better|transformed)\b|\b(?:live|living|lives)\s+better\b/gi,
    ),
    // Comparatives that only ever praise, whatever they describe: "stronger, healthier teeth".
    rule(
      /\b(?:stronger|healthier|younger|thicker|fuller|denser|smoother|firmer|steadier)\s+(?:and\s+|,\s*)?(?:\w+\s+){0,2}?[a-z]+/gi,
      {
        unless:
          /\b(?:than|no)\s+(?:stronger|healthier)|\b(?:stronger|healthier)\s+(?:stimulus|signal|dose|doses|concentration|solution|formula|version|options?|case|argument|evidence)\b|\byounger\s+(?:ones|people|adults|patients|men|women|animals|mice|rats|donors|children|kids)\b/i,
      },
    ),
    rule(
      /\b(?:\w+\s+)?years\s+younger\b|\b(?:feel|feels|feeling|look|looks|looking)\s+(?!for\b)(?:like\s+)?(?:\w+\s+){0,3}?(?:younger|yourself\s+again|new)\b/gi,
    ),
    rule(
      /\b(?:are|is|was|were|am|be|get|gets)\s+(?:now\s+|finally\s+)?back\s+(?:to|in|at|on)\s+(?:work|school|the\s+\w+|training|playing|running|walking|full)/gi,
    ),
    rule(
      /\b(?:lose|loses|lost|drop|drops|dropped|shed|sheds)\s+(?:up\s+to\s+|an\s+average\s+of\s+|over\s+)?(?:\d+\s?%|\d+\s+(?:pounds|lbs|kilos|kg|inches|sizes))|\blose\s+(?:\w+\s+){0,4}?weight\b/gi,
    ),
    rule(/\bcurbs?\s+(?:your\s+)?(?:appetite|cravings|hunger)\b/gi),
    // "can add years of active life", "the same results can be expected", "the gains … are permanent".
    rule(
      /\badds?\s+(?:\w+\s+)?years\b|\b(?:same\s+)?results?\s+(?:can|should)\s+be\s+expected\b|\bgains?\s+(?:\w+\s+){0,4}(?:are|is)\s+permanent\b/gi,
    ),
    // "increases circulating stem cells by 30%", "Balance Your Blood Sugar", "Get Your Energy and Focus Back".
    rule(
      /\bincreases?\s+(?:\w+\s+){0,4}by\s+\d+\s?%|\bbalance\s+your\s+(?:blood\s+sugar|hormones|immune)\b|\bget\s+(?:your|their)\s+(?:\w+\s+){1,3}?back\b/gi,
    ),
    rule(/\b(?:plumper|bouncier|shinier|silkier|tighter|dewier|glossier|lusher|thicker|fuller|sharper)\b/gi),
    rule(/\b(?:\w+\s+)?times\s+(?:better|more\s+effective|stronger|faster|more\s+powerful)\b/gi),
    rule(
      /\b(?:taper|tapering|come|coming|get|getting)\s+off\s+(?:of\s+)?(?:their\s+|your\s+|all\s+)?\w+|\bstop(?:s|ped)?\s+needing\b/gi,
    ),
    rule(
      /\b(?:swelling|pain|inflammation|symptoms|stiffness|aches?)\s+(?:\w+\s+)?(?:goes|go|went|going)\s+down\b|\b(?:swelling|pain|inflammation|symptoms|stiffness)\s+(?:\w+\s+)?(?:subsides?|eases?|fades?)\b/gi,
    ),
    rule(
      /\b(?:walk|walking|move|moving|run|running|sleep|sleeping|live|living)\s+(?:comfortably|normally|freely|pain-free|without\s+pain)\b/gi,
    ),
    rule(
      /\b(?:empower|empowers|supercharge|supercharges|turbocharge|turbocharges)\b|\bshorten(?:s)?\s+(?:\w+\s+)?(?:colds?|illness|flu|infections?|recovery)\b/gi,
    ),
    rule(
      /(?<![\w-])(?!(?:the|your|my|last|latest|recent|eGFR|creatinine|one-year|two-year|long-term|interim|these|those|its|their|some|similar|mixed|early|study|trial|lab|test|blood|preliminary|inconsistent|disappointing|negative|published|individual|protein|urine|kidney|liver|thyroid|hormone|cholesterol|genetic|pathology|final|full|his|her|our|any|no|MRI|scan|imaging|x-ray|biopsy)\b)[a-z]+(?:-[a-z]+)?\s+results\b/gi,
      { unless: /\bresults?\s+(?:of|from|were|was|are\s+(?:mixed|unclear))\b/i },
    ),
    rule(
      /\b(?:breathe|walk|move|sleep|think|hear|see|feel|feels|look|looks|looking|feeling)\s+(?:\w+\s+)?(?:easier|better|younger|freely|farther|further|clearer|brighter|firmer|healthier|stronger|smoother)\b/gi,
    ),
    rule(/\bfeel\s+the\s+difference\b/gi),
    rule(
      /\b(?:see|sees|show|shows|shown|make|makes|notice|measurable)\s+(?:\w+\s+){0,2}(?:gains|growth|improvement|difference|change)\b/gi,
      // "some children show little change"; a donation that "makes a huge difference to us".
      {
        unless:
          /\b(?:little|no|any)\s+(?:\w+\s+)?(?:change|difference|improvement|gains)\b|\bdifference\s+to\s+(?:us|me|our\s+family)\b/i,
      },
    ),
    rule(
      /\b(?:regain|regains|regained|regaining)\b|\breturn(?:s|ed)?\s+to\s+(?:play|sport|sports|training|the\s+gym|hiking|running|golf|tennis|walking|lifting|swimming|cycling|skiing|dancing|an?\s+active)\b|\bback\s+(?:to|in)\s+(?:walking|training|the\s+gym|play|sport|running|hiking|work\s+full)|\bget(?:s|ting)?\s+(?:you\s+)?back\s+to\b/gi,
    ),
    rule(/(?<!\b(?:slower|slow|longer|poor|delayed|difficult|harder)\s)\brecover(?:s|y)?\s+from\b/gi),
    rule(
      /\b(?:avoid|avoids|avoiding|delay|delays|skip|cancel|eliminates?)\s+(?:or\s+\w+\s+)?(?:the\s+need\s+for\s+)?(?:\w+\s+){0,2}(?:surgery|replacement|operation|transplant|fusion|dialysis)\b|\bnever\s+(?:need|needs|needed)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:transplant|surgery|replacement|operation|fusion|dialysis)\b|\bsave\s+(?:your\s+)?\w+\s+from\s+(?:\w+\s+)?(?:surgery|replacement|amputation)\b/gi,
      // What a reader wants is not what the treatment does: "people who want to delay or avoid surgery".
      { unless: /\b(?:want|wants|wish|hope|hoping|looking|trying|prefer)\s+to\s+(?:\w+\s+){0,2}?(?:avoid|delay|skip)\b/i },
    ),
    rule(
      /\bhelps?(?:ing)?\s+(?:\w+\s+){0,2}?(?:heal|recover|reduce|relieve|improve|restore|repair|regenerate|ease|fight|protect|rebuild|reach|gain|regain|connect|breathe|walk|manage|burn|lose|avoid|prevent|protect|release|produce)\b|\bhelps?\s+with\b/gi,
    ),
    rule(
      /\b(?:can|could|may|might|will|effectively|successfully)\s+(?:one\s+day\s+|someday\s+|also\s+|now\s+)?treat\b|\bused\s+to\s+treat\b|\btreats?\s+(?:more\s+than\s+|over\s+)?\d+\s+(?:diseases|conditions)\b/gi,
    ),
    rule(/\btransform(?:s|ed|ing)?\s+(?:\w+\s+)?lives\b|\blife-changing\b|\bbreakthrough\b|\bmiracle\b/gi, {
      // Others' hope: "families who hoped for a breakthrough".
      unless: /\b(?:hop\w*|wait\w*|search\w*|looking|pray\w*|long\w*)\s+for\s+(?:a\s+)?(?:breakthrough|miracle)\b/i,
    }),
    rule(/\b(?:most|more)\s+(?:powerful|potent|effective)\b/gi),
    rule(/\bsuccess\s+rate\b/gi),
    // "These results are typical of what our families experience."
    rule(/\bresults\s+(?:are|were)\s+typical\b|\btypical\s+(?:results|of\s+what\s+our)\b/gi),
    // Not a topic heading: "Benefits of PRP", "Potential Benefits of …", "Benefits our patients report".
    rule(/\bbenefits\b/gi, {
      // A topic named: "Benefits of PRP", "our team walks through the benefits patients ask about".
      unless:
        /^\s*(?:potential\s+|key\s+|the\s+|possible\s+)?benefits\b|\b(?:walks?\s+through|explains?|covers?|discuss(?:es)?|lists?|looks?\s+at)\s+(?:the\s+)?(?:\w+\s+)?benefits\b/i,
    }),
    rule(/\brespond(?:s|ed)?\s+(?:\w+\s+)?well\b/gi),
    rule(/\b(?:doctors?|physicians?|experts?|dentists?)\s+(?:\w+\s+)?recommend\b/gi),
    rule(
      /\b(?:burn|burns|drop|drops|lose|loses|shed|sheds)\s+(?:body\s+|belly\s+)?fat\b|\b(?:build|builds|gain|gains)\s+(?:lean\s+)?muscle\b|\blose\s+weight\b/gi,
    ),
    rule(/\b(?:scars|lines|wrinkles|spots|pain)\s+(?:\w+\s+){0,1}(?:fade|disappear|vanish|melt\s+away)\b/gi),
    // A product said to fade what it treats: "Fades acne scars and sun damage".
    rule(/\bfades?\s+(?:\w+\s+){0,2}(?:scars|lines|wrinkles|spots|pigmentation|damage|discolou?ration)\b/gi),
    // A share of patients with a good outcome: "94% of patients report improvement", "most patients improve".
    rule(
      String.raw`\b(?:\d{1,3}\s?%|\w+\s+percent|\w+\s+(?:out\s+of|in)\s+(?:\d+|ten|five|four|three))\s+(?:of\s+)?(?:our\s+)?(?:[\w-]+\s+){0,2}?${PATIENTS}\s+(?:with\s+(?:\w+\s+){1,3}?)?(?:\w+\s+)?(?:report|reports|reported|see|saw|notice|noticed|feel|felt|experience|experienced|improve|improved|say|said|return|returned|get|got|gained|regained|avoid|avoided)\b`,
      // "would recommend us": satisfaction, the seller's social proof.
      { unless: /\brecommend\b/i },
    ),
    rule(
      String.raw`\b(?:most|many|nearly\s+all|almost\s+all|the\s+majority)\s+(?:of\s+)?(?:our\s+)?${PATIENTS}\s+(?:\w+\s+)?(?:improve|improved|recover|recovered|respond|responded)\b`,
    ),
  ],
};
