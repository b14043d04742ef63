// Near pairs: the last reading of a text before a bare code, for wordings no phrase table foresaw
// ("550 O destinatário informado é desconhecido neste servidor", "El usuario indicado no figura en
// nuestro sistema"). A pair is a subject word ("destinatário", "buzón") followed, in the same sentence
// and at most NEAR_PAIR_WINDOW characters further, by a predicate word of the same set ("desconhecido",
// "lleno"). Tried only when no phrase of any table (strong or weak) matched, so nothing a table reads
// changes; the verdict's evidence names the rule ('pair:userunknown') and quotes the span.
//
// To add a word: put it in `subjects` or `predicates` of its reason, in lower case, with its accents
// (the unaccented form and the form with lost accents are added for you). A word matches whole (not
// inside a longer word, nor inside an address: "buzon.lleno@example.com" holds no pair); a word that
// ends with '*' is a stem and takes any ending ('esgotad*': esgotado, esgotada, esgotados). Each pair of
// a set must mean its reason in nearly every real reply: when in doubt, leave a word out.
import type { Reason } from '../../types.js';

export interface NearPairSet {
  reason: Reason;
  /** What the reply speaks of: the recipient's address, mailbox, domain... */
  subjects: readonly string[];
  /** What it says of it, after the subject in the same sentence. */
  predicates: readonly string[];
  /**
   * Adjectives that may say it of any noun ("inválido": "o usuário informou um assunto inválido"):
   * only at most NEAR_PAIR_CLOSE_WINDOW characters after the subject ("endereço é inválido").
   */
  closePredicates?: readonly string[];
  /**
   * Predicates that come just before the subject ("nenhuma caixa postal", "no hay ninguna cuenta"):
   * at most NEAR_PAIR_LEAD_WINDOW characters before it.
   */
  leading?: readonly string[];
  /** Longer wordings that start with a subject but speak of something else ("caixa de saída"). */
  notSubjects?: readonly string[];
}

/** Most characters between the end of the subject and the start of the predicate (an address fits). */
export const NEAR_PAIR_WINDOW = 40;
/** Most characters between the end of the subject and a close predicate. */
export const NEAR_PAIR_CLOSE_WINDOW = 8;
/** Most characters between a leading predicate and its subject. */
export const NEAR_PAIR_LEAD_WINDOW = 6;

/**
 * Words that make a pair the sender's own and not the recipient's ("o endereço do remetente não
 * existe", "a conta ... bloqueada para envio", "usuário ... senha inválida"): a pair with one of them
 * from SENDER_LOOKBACK characters before its subject (in the same line, across a ';': "não corresponde ao
 * remetente; endereço inválido") to SENDER_LOOKAHEAD after its predicate (in the same sentence) is no pair.
 */
export const SENDER_WORDS: readonly string[] = [
  'remetente', 'remitente', 'expéditeur', 'absender', 'mittente', 'sender', 'emissor',
  'de envio', 'de envío', 'para envio', 'para envío', 'de retorno', 'senha', 'contraseña', 'autentica*', 'login', 'mot de passe', 'passwort',
  'saída', 'salida',
];

/** Possessives that make the subject right after them the sender's ("su cuenta", "sua caixa"). */
export const SENDER_POSSESSIVES: readonly string[] = [
  'seu', 'sua', 'teu', 'tua', 'su', 'tu', 'your', 'votre', 'ton', 'ta', 'ihr', 'ihre', 'ihres', 'il tuo', 'la tua', 'il suo', 'la sua',
];

export const SENDER_LOOKBACK = 16;
export const SENDER_LOOKAHEAD = 12;

const hostunknown: NearPairSet = {
  reason: 'hostunknown',
  subjects: ['domínio', 'dominio', 'domaine', 'domain', 'domäne'],
  predicates: [
    'desconhecid*', 'inexistente', 'não existe', 'não foi encontrad*', 'não encontrad*', 'não localizad*',
    'não possui servidor', 'não tem servidor', 'sem servidor de e-mail', 'não registrad*', 'não está registrad*',
    'não resolv*',
    // Spanish
    'desconocid*', 'no existe', 'no encontrad*', 'no se encontr*', 'no registrad*', 'no está registrad*',
    // French, German, Italian
    'inconnu*', 'inexistant*', "n'existe pas", 'introuvable', 'unbekannt', 'existiert nicht', 'nicht gefunden',
    'sconosciut*', 'inesistente', 'non esiste', 'non trovat*',
  ],
  closePredicates: ['inválid*', 'no válid*', 'invalide', 'ungültig*', 'non valid*'],
};

const userunknown: NearPairSet = {
  reason: 'userunknown',
  subjects: [
    'usuário', 'destinatário', 'endereço', 'conta', 'caixa postal', 'caixa de correio', 'utilizador', 'e-mail',
    // Spanish
    'usuario', 'destinatario', 'dirección', 'cuenta', 'buzón', 'casilla',
    // French, German, Italian
    'utilisateur', 'destinataire', 'adresse', 'compte', 'benutzer', 'empfänger', 'empfängeradresse', 'konto', 'postfach',
    'utente', 'indirizzo', 'casella',
  ],
  predicates: [
    'desconhecid*', 'inexistente', 'não existe', 'não consta', 'não cadastrad*', 'não está cadastrad*', 'não foi cadastrad*',
    'não encontrad*', 'não foi encontrad*', 'não localizad*', 'não foi localizad*', 'não reconhecid*', 'não pertence',
    'não possui conta', 'não tem conta', 'removid*', 'não é válid*', 'não está válid*',
    // Spanish
    'desconocid*', 'no existe', 'no consta', 'no figura', 'no registrad*', 'no está registrad*', 'no encontrad*',
    'no se encontr*', 'no localizad*', 'no reconocid*', 'no pertenece', 'no tiene cuenta', 'no es válid*',
    'eliminad*', 'no está dado de alta', 'no está dada de alta',
    // French, German, Italian
    'inconnu*', 'inexistant*', "n'existe pas", 'introuvable', 'non trouvé*', 'non reconnu*',
    'unbekannt', 'existiert nicht', 'nicht gefunden', 'nicht bekannt',
    'sconosciut*', 'inesistente', 'non esiste', 'non trovat*', 'non riconosciut*',
  ],
  closePredicates: ['inválid*', 'incorret*', 'no válid*', 'incorrect*', 'invalide', 'ungültig*', 'non valid*'],
  // an IP address is the sending host's, never the recipient's
  notSubjects: ['endereço ip', 'dirección ip', 'adresse ip', 'indirizzo ip'],
  leading: ['não há', 'nenhum', 'nenhuma', 'no hay', 'ningún', 'ninguna', 'aucun', 'aucune', 'kein', 'keine', 'nessun', 'nessuna'],
};

const mailboxfull: NearPairSet = {
  reason: 'mailboxfull',
  subjects: [
    // not the words of storage alone ("armazenamento", "espaço em disco"): the server's own is systemfull
    'caixa', 'caixa postal', 'caixa de entrada', 'caixa de correio', 'cota', 'quota',
    // Spanish
    'buzón', 'casilla', 'cuota',
    // French, German, Italian
    'boîte', 'boîte aux lettres', 'postfach', 'casella',
  ],
  predicates: [
    'cheia', 'lotad*', 'esgotad*', 'excedid*', 'excedeu', 'ultrapassou', 'sem espaço', 'capacidade', 'atingiu o limite',
    'atingiu a cota', 'atingiu a quota',
    // Spanish
    'llen*', 'agotad*', 'excedió', 'ha excedido', 'superó', 'ha superado', 'sin espacio', 'capacidad', 'alcanzó el límite',
    'completo', 'completa',
    // French, German, Italian
    'plein*', 'saturé*', 'dépassé*', 'épuisé*', 'atteint sa limite', 'atteint la limite', 'voll', 'erschöpft', 'überschritten',
    'limit erreicht', 'piena', 'esaurit*', 'superat*', 'ha superato', 'satura', 'al completo',
  ],
  // an outbox; a quota of connections or messages (ratelimited)
  notSubjects: [
    'caixa de saída', 'buzón de salida', "boîte d'envoi",
    'cota de conex*', 'quota de conex*', 'cuota de conex*', 'cota de mensage*', 'quota de mensage*', 'cuota de mensaje*',
    'cota de destinat*', 'quota de destinat*', 'cuota de destinat*', 'cota diária', 'quota diária', 'cuota diaria',
    'cota por hora', 'quota por hora', 'cuota por hora', 'cota horária', 'quota horária', 'quota de connexion*', 'quota di connession*',
  ],
};

const suspend: NearPairSet = {
  reason: 'suspend',
  subjects: [
    'conta', 'caixa postal', 'caixa de correio', 'usuário', 'destinatário', 'endereço',
    // Spanish
    'cuenta', 'buzón', 'casilla', 'usuario', 'destinatario', 'dirección',
    // French, German, Italian
    'compte', 'boîte aux lettres', 'utilisateur', 'konto', 'postfach', 'benutzer', 'empfänger', 'account', 'casella', 'utente',
  ],
  predicates: [
    'desativad*', 'desabilitad*', 'suspens*', 'bloquead*', 'inativ*', 'cancelad*', 'encerrad*',
    // Spanish
    'desactivad*', 'deshabilitad*', 'suspendid*', 'inhabilitad*', 'dado de baja', 'dada de baja', 'cancelad*', 'cerrad*',
    // French, German, Italian
    'désactivé*', 'suspendu*', 'bloqué*', 'fermé*', 'deaktiviert', 'gesperrt', 'gekündigt', 'disattivat*', 'disabilitat*',
    'sospes*', 'bloccat*',
  ],
};

/**
 * The sets, in the order that breaks a tie (two pairs from one subject word: "conta ... não existe" is
 * userunknown's only). Between sets, the pair whose subject comes first wins: "o domínio do
 * destinatário não existe" speaks of the domain.
 */
export const NEAR_PAIRS: readonly NearPairSet[] = [hostunknown, userunknown, mailboxfull, suspend];
