// Words that say a reply is temporary, for a reply without a code (a failure with no code is permanent
// by default: src/classify/classify.ts). "Server busy. Please try again later", "Mailbox full, try again
// later", "Greylisted, please retry": the server meant a 4xx; a text that also calls itself permanent
// keeps permanent. Each is matched as whole words ("try later" is not in "country later"). Lower case;
// the unaccented forms are matched too (phrases/without-accents.ts).
import { withUnaccented } from './without-accents.js';

export const TEMPORARY_WORDS: readonly string[] = [
  'try again later', 'try later', 'retry later', 'please retry', 'temporarily', 'temporary failure', 'temporary error',
  'temporary problem', 'temporarily deferred', 'deferred', 'greylisted', 'greylisting', 'graylisted', 'graylisting',
  // Portuguese, Spanish, French, German, Italian
  'tente novamente mais tarde', 'tente mais tarde', 'temporariamente', 'falha temporária', 'erro temporário',
  'inténtelo más tarde', 'inténtelo de nuevo más tarde', 'intente más tarde', 'temporalmente', 'error temporal',
  'réessayez plus tard', 'réessayer plus tard', 'temporairement', 'erreur temporaire',
  'später erneut', 'vorübergehend', 'temporärer fehler',
  'riprovare più tardi', 'riprova più tardi', 'temporaneamente', 'errore temporaneo',
];

/** Words by which a reply calls itself permanent: beside them, temporary words do not count. */
export const PERMANENT_WORDS: readonly string[] = [
  'permanent', 'permanently', 'not a temporary', 'not temporary', 'is not temporar', 'do not retry', "don't retry", 'not retry', 'will not succeed',
  'permanente', 'não é temporári', 'não é um erro temporário', 'não tente novamente', 'no es temporal', 'no es un error temporal', "n'est pas temporaire",
  'nicht vorübergehend', 'non è temporaneo', 'no lo intente de nuevo', 'définitif', 'définitive', 'dauerhaft', 'endgültig', 'permanentemente',
];

/** TEMPORARY_WORDS and PERMANENT_WORDS with their unaccented forms, as the classifier's scan registers them. */
export const TEMPORARY = withUnaccented(TEMPORARY_WORDS) as readonly string[];
export const PERMANENT = withUnaccented(PERMANENT_WORDS) as readonly string[];
