/**
 * Word lists the rules share, written as plain words and joined once into
 * regex alternations.
 */

/**
 * Splits raw text (no doubled backslashes) into its space-separated words:
 * words`a\s+few b` is ['a\\s+few', 'b'].
 */
export function words(strings: TemplateStringsArray, ...values: string[]): string[] {
  return String.raw(strings, ...values)
    .split('\n')
    .flatMap((line) => line.split(' '))
    .filter((word) => word !== '');
}

/** A non-capturing alternation of the given regex fragments. */
export function oneOf(fragments: readonly string[]): string {
  return `(?:${fragments.join('|')})`;
}

/** A small count, in digits or words: "only six spots left". */
export const NUMBER_WORD = oneOf(words`
  \d+ one two three four five six seven eight nine ten twelve fifteen twenty a\s+few few
  a\s+handful\s+of
`);
/** The people a seller says were helped. */
export const PATIENTS = oneOf(words`
  patients clients customers users parents families members buyers athletes men women people moms mums
  dads mothers fathers children kids owners guests shoppers reviewers
`);
/** What people say a treatment did for them, in plain health words. */
export const OUTCOME = oneOf(words`
  energy sleep balance focus memory mobility movement pain fatigue stamina strength density relapses
  flares steroids skin hair hairline growth vision sight breathing speech thinking mood libido
  recovery function quality\s+of\s+life grip motor eye\s+contact tone control health hearing digestion
  circulation blood\s+flow inflammation symptoms cravings seizures stiffness flexibility walking voice
  hands pores lines wrinkles scars complexion immunity metabolism performance erections? results
  outcomes movement concentration clarity nights? days joints? knees? recall cognition attention
  alertness endurance appetite posture sensation fertility drive
`);
/** Words of change for the better: "better balance", "less fatigue". */
export const COMPARATIVE = oneOf(words`
  more better less fewer deeper sharper clearer stronger brighter firmer smaller softer steadier
  greater healthier thicker fuller smoother younger improved increased reduced restored renewed faster
  quicker
`);
/** Verbs of noticing a change: "patients show sharper recall", "clients notice better balance". */
export const NOTICING = oneOf(words`
  show shows showed see sees saw notice notices noticed feel feels felt experience experiences
  experienced enjoy enjoys report reports reported have has gain gains
`);
