// The language of a text the page quotes (a receiving server's reply, a piece of it), for its `lang`
// attribute: a screen reader then reads Gmail's "The email account ... does not exist" with an English
// voice, not a Portuguese one. The language of arbitrary server text is not known, so this is a cheap
// and cautious guess from common words: English (or Portuguese) only when its words clearly outnumber
// the others', "" (unknown, which is honest: better than the page's language) when mixed or another
// language's, and nothing at all when there are no words to read (a bare "550 5.1.1"), which then
// keeps the page's language. No `translate="no"`: a reader who has the page translated wants to
// understand the server's words too; the label above them says they are the server's own.

const EN = new Set(('the is are was were be been not does did do you your this that for from of to and with by has have ' +
  'user unknown mailbox address recipient rejected account exist exists full quota exceeded denied access blocked ' +
  'message please try again later host domain relay delivery failed sender policy service unavailable temporarily ' +
  'too many invalid disabled over email server reach reached unable deliver permanent error local table virtual ' +
  'said because could found such out storage space sending rate limit').split(' '));
const PT = new Set(('não nao para usuário usuario caixa postal mensagem mensagens endereço endereco destinatário destinatario ' +
  'inexistente cheia existe dos das que em com pelo pela sua seu é está esta foi tente novamente mais tarde recusada ' +
  'recusado bloqueado bloqueada conta entrega falha servidor domínio dominio uma remetente cota excedida').split(' '));
// Spanish, French, German and Italian words seen in servers' replies: a text of theirs is no English
const OTHER = new Set(('el los las del usuario buzón lleno mensaje dirección cuenta intente existe ' +
  'le les des est pas utilisateur boîte adresse inconnu pleine destinataire ' +
  'der die und nicht ist empfänger unbekannt postfach voll konto nachricht ' +
  'il della utente casella piena inesistente').split(' '));

/** "en", "pt", "" (words, but no clear language) or null (no words: keep the page's language). */
export function quotedLang(text: string): 'en' | 'pt' | '' | null {
  let en = 0;
  let pt = 0;
  let other = 0;
  let words = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (word.length < 2) continue;
    words++;
    // a word of both lists ("existe") counts for neither
    if (EN.has(word)) en++;
    if (PT.has(word) && !OTHER.has(word)) pt++;
    else if (OTHER.has(word) && !PT.has(word)) other++;
  }
  if (!words) return null;
  if (en && en >= 2 * (pt + other)) return 'en';
  if (pt && pt >= 2 * (en + other)) return 'pt';
  return '';
}
