/**
 * Cure: the treatment is said to end the disease or undo its damage
 * ("reverses MS", "rebuilds cartilage", "for good").
 */
import { isAboutOtherTreatments, isNaturalCourse, isUnderstatement } from '../language/not-the-seller';
import { words } from '../language/vocabulary';
import { type ClaimKindModule, rule } from '../rule';

export const cure: ClaimKindModule = {
  kind: 'cure',
  hedgeable: true,
  // Getting better by itself, or a little, is no cure.
  skipIf: [isNaturalCourse, isUnderstatement, isAboutOtherTreatments],
  stems: words`
    slow ageing aging attacking hurting progressing spreading shedding worse fully completely full\s+recovery
    complete\s+recovery tracks grow cur(?:e|es|ed|ing|ative)\b revers eliminat eradicat regenerat regr[eo]w
    re-grow rebuil repair restor rejuvenat heal remission reset halt stop end for\s+good permanent cause
    no\s+longer freedom back clock erase grow\s+new clear rewir reconnect bridge replac grow health switch wake again build
    reprogram fix renew reclaim mend turn become free forms?\s+new
  `,
  rules: [
    // Not a trial's name ("C-CURE").
    rule(/\bcur(?:e|es|ed|ing|ative)\b/gi, { unless: /\b[A-Z]+-CURE\b/ }),
    rule(/\bforms?\s+new\s+(?:\w+\s+){0,3}(?:tissue|cells|blood\s+vessels|cartilage|bone|neurons)\b/gi),
    rule(/\brevers(?:e|es|ed|ing|al)\b/gi),
    // "eliminates the need for knee replacement" spares a treatment (efficacy); it cures nothing.
    rule(/\beliminat(?:e|es|ed|ing)\b/gi, { unless: /\beliminat\w*\s+the\s+need\s+for\b/i }),
    rule(/\beradicat(?:e|es|ed|ing)\b/gi),
    rule(/\bregenerat(?:e|es|ed|ing)\b/gi),
    rule(/\b(?:re-?grow(?:s|n|ing)?|regrew)\b/gi),
    rule(/\brebuil(?:d|ds|ding|t)\b/gi),
    rule(/\brejuvenat(?:e|es|ed)\b/gi),
    // Not a trial's name in capitals ("the RESTORE trial").
    rule(/\brestor(?:e|es|ed|ing)\b/gi, { unless: /\bRESTORE\b/ }),
    rule(/\bheal(?:s|ed)?\b/gi),
    rule(/\bhealing\s+(?:them|it|your|the|damaged|injured)\b/gi),
    // "repairs the damage", "help the brain repair itself"; not "DNA repair", "the body's repair system" or a surgeon's
    // "arthroscopic repair".
    rule(/\brepair(?:s|ed|ing)?\b/gi, {
      unless:
        /\b(?:DNA|tissue|cellular|natural|own|body[’']s|wound|self)[\s-]repair\b|\brepair\s+(?:system|signals?|process|mechanisms?|cells|of)\b|\b(?:research|studies|trials?|work)\s+(?:into|on|of)\s+(?:\w+\s+){0,2}repair\b|\brepair\s+DNA\b|\b(?:arthroscopic|surgical|open|operative)\s+repair\b|\brepair\s+(?:surgery|surgeries|operation|procedure)\b|\b(?:after|before|following)\s+(?:\w+\s+)?repair\b/i,
    }),
    rule(/\bremission\b|\brecover(?:s|ed)?\s+(?:fully|completely)\b|\b(?:full|complete)\s+recovery\b/gi),
    rule(
      /\bstops?\s+(?:\w+\s+)?(?:attacking|hurting|progressing|spreading|shedding|getting\s+worse)\b|\bstops?\s+(?:[\w-]+\s+){1,3}?from\s+progressing\b|\bstop\s+the\s+attacks?\b/gi,
    ),
    rule(/\bresets?\s+(?:your|the)\s+(?:immune|body|brain|nervous|metabolism|cells)/gi),
    rule(
      /\b(?:halt|halts|halting|stop|stops|stopping)\s+(?:the\s+)?(?:\w+\s+){0,1}(?:progression|decline|loss|damage|disease|burning|pain|aging|ageing|shedding|thinning|relapses|attacks)\b/gi,
      { unless: /^(?:stop|stopping)\s+(?:using|taking)\b/i },
    ),
    rule(/\b(?:slow|slows|stop|stops|reverse|reverses)\s+(?:the\s+)?(?:aging|ageing)\b/gi),
    rule(/\bends?\s+(?:your\s+|the\s+)?(?:\w+\s+)?pain\b/gi),
    rule(/\bfor\s+good\b(?!\s+(?:reason|measure|cause))/gi),
    rule(
      /\bpermanently\s+(?:fix|fixes|cure|cures|heal|heals|restore|restores|end|ends|eliminate|eliminates|relieve|relieves|repair|repairs|reverse|reverses)\b/gi,
    ),
    rule(/\bpermanent\s+(?:relief|fix|solution|cure|results?|recovery)\b/gi),
    rule(/\b(?:treats?|targets?|address(?:es)?|fix(?:es)?|corrects?)\s+the\s+(?:root\s+|underlying\s+)?cause\b/gi),
    rule(/\bno\s+longer\s+(?:need|needs|require|requires|have\s+to\s+take)\b/gi),
    rule(/\bfreedom\s+from\b|\bfree(?:ing|d)?\s+(?:themselves|yourself|himself|herself|you|them)\s+from\b/gi),
    rule(/\bbring(?:s|ing)?\s+(?:\w+\s+){0,3}?back\b(?!\s+(?:to\s+(?:the\s+)?(?:clinic|office|us)|for))/gi),
    rule(/\bturn(?:s|ing)?\s+back\s+(?:the|your)\s+(?:\w+\s+)?clock\b/gi),
    rule(
      /\bclear(?:s|ing)?\s+(?:away\s+|out\s+|up\s+)?(?:the\s+|your\s+)?(?:\w+\s+)?(?:damage|plaques?|blockages?|scar\s+tissue|fog)\b/gi,
    ),
    rule(/\bgives?\s+(?:you\s+|them\s+)?(?:your\s+|their\s+)?(?:\w+\s+){0,2}?back\b|\bin\s+(?:its|their)\s+tracks\b/gi),
    rule(/\berase(?:s)?\b/gi),
    rule(
      /\bgrow(?:s|ing)?\s+new\b|\bgrow(?:s|ing)?\s+into\s+new\b|\bbuild(?:s|ing)?\s+new\s+(?:blood\s+vessels|cartilage|tissue|nerves?|cells)\b/gi,
    ),
    rule(
      /\bback\s+to\s+(?:full\s+)?health\b|\bswitch(?:es)?\s+off\s+the\s+(?:immune|inflamm)|\bwake(?:s)?\s+up\s+(?:dormant|sleeping)\b/gi,
    ),
    rule(
      /\b(?:make|makes|produce|produces)\s+(?:its|their|your)\s+own\s+\w+\s+again\b|\bget(?:s)?\s+back\s+(?:their|your|his|her)?\s*(?:strength|feeling|control|movement|sensation|function)\b/gi,
    ),
    // Damage undone: "rewire the connections", "reconnect the pathways", "bridge the gap", "replace the neurons that … destroyed".
    // Not the body's own: "the brain's own rewiring slows with time".
    rule(/\b(?:rewire|rewires|rewiring|reconnect|reconnects|reconnecting|reprogram|reprograms|reprogramming)\b/gi, {
      unless: /\b(?:own|natural)\s+(?:rewiring|reconnecting)\b/i,
    }),
    // Heroes and taglines: "Fix the Disc, Not Just the Pain", "Renew Your Brain. Reclaim Your Movement.", "mend a torn cuff".
    rule(
      /^fix\s+(?:the|your)\b|\b(?:renew|reclaim)\s+your\b|\bmend(?:s)?\s+(?:a|the|your)\s+(?:\w+\s+){0,2}(?:tear|tendon|cuff|cartilage|joint|disc|ligament|muscle)\b/gi,
    ),
    rule(/\b(?:turn|turns|become|becomes)\s+(?:into\s+)?new\s+(?:cartilage|tissue|bone|cells|neurons|nerve|muscle)\b/gi),
    rule(/\bbridge(?:s|d)?\s+the\s+gap\s+in\b/gi),
    rule(
      /\breplac(?:e|es|ing)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:neurons|cells|cartilage|tissue|myelin)\s+(?:that|which|lost|destroyed|damaged)\b|\breplac(?:e|es|ing)\s+(?:worn-out|damaged|dead|old|ageing|aging|lost)\s+(?:\w+\s+)?(?:cells|tissue|cartilage|neurons)\b/gi,
    ),
  ],
};
