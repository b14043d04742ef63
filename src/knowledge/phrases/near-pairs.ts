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
  /**
   * The subject is the sender's by nature (the message it sent, its connections, the relay it asks
   * for), so a possessive does not cancel a pair ("sua mensagem excede o tamanho"); with 'all' neither
   * do SENDER_WORDS ("relay não autorizado sem autenticação", "demasiados mensajes del remitente").
   */
  sendersOwn?: 'possessives' | 'all';
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
 * remetente; endereço inválido") to SENDER_LOOKAHEAD after its predicate (in the same sentence) is no pair,
 * unless its set says its subject is the sender's by nature (`sendersOwn`).
 */
export const SENDER_WORDS: readonly string[] = [
  'remetente', 'remitente', 'expéditeur', 'absender', 'mittente', 'sender', 'emissor',
  'de envio', 'de envío', 'para envio', 'para envío', 'de retorno', 'senha', 'contraseña', 'autentica*', 'login', 'mot de passe', 'passwort',
  'saída', 'salida',
];

/** Possessives that make the subject right after them the sender's ("su cuenta", "sua caixa"); not for a set with `sendersOwn`. */
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
  notSubjects: ['endereço ip', 'dirección ip', 'adresse ip', 'indirizzo ip', 'endereço reverso', 'dirección inversa'],
  leading: ['não há', 'não existe', 'nenhum', 'nenhuma', 'no hay', 'ningún', 'ninguna', 'aucun', 'aucune', 'kein', 'keine', 'nessun', 'nessuna'],
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

// The sets below speak of what the sender sent: its message, its connections, the relay it asks for.

/** A message too large, by a word of size ("muito grande", "trop volumineux"): not "excede" alone ("excede o número de destinatários"). */
const emailtoolarge: NearPairSet = {
  reason: 'emailtoolarge',
  subjects: [
    'mensagem', 'e-mail', 'anexo', 'arquivo anexo',
    // Spanish
    'mensaje', 'correo', 'adjunto', 'archivo adjunto',
    // French, German, Italian
    'message', 'courriel', 'pièce jointe', 'nachricht', 'anhang', 'messaggio', 'allegato',
  ],
  predicates: [
    'muito grande', 'grande demais', 'excessivamente grande', 'tamanho excessivo', 'tamanho acima', 'tamanho superior',
    'excede o tamanho', 'ultrapassa o tamanho', 'excedeu o tamanho', 'ultrapassou o tamanho', 'excede o limite de tamanho',
    'maior que o permitido', 'maior do que o permitido', 'maior que o limite',
    // Spanish
    'demasiado grande', 'muy grande', 'tamaño excesivo', 'tamaño superior', 'excede el tamaño', 'supera el tamaño',
    'excede el límite de tamaño', 'supera el límite de tamaño', 'mayor que el permitido', 'mayor de lo permitido',
    // French, German, Italian
    'trop volumineu*', 'trop gros*', 'trop grand*', 'taille excessive', 'dépasse la taille', 'dépasse la limite de taille',
    'excède la taille', 'zu groß', 'zu gross', 'überschreitet die maximale größe', 'überschreitet die größe',
    'troppo grand*', 'troppo voluminos*', 'dimensioni eccessive', 'dimensione eccessiva', 'supera la dimensione', 'supera le dimensioni',
  ],
  sendersOwn: 'all',
};

/** The size of a message, which exceeds its limit: not a size alone ("o tamanho da caixa postal", "da linha"). */
const messageSize: NearPairSet = {
  reason: 'emailtoolarge',
  subjects: [
    'tamanho da mensagem', 'tamanho do e-mail', 'tamanho do anexo', 'tamanho dos anexos',
    // Spanish
    'tamaño del mensaje', 'tamaño del correo', 'tamaño del adjunto', 'tamaño de los adjuntos',
    // French, German, Italian
    'taille du message', 'taille du courriel', 'taille de la pièce jointe', 'taille des pièces jointes',
    'nachrichtengröße', 'größe der nachricht', 'e-mail-größe', 'mailgröße', 'größe des anhangs',
    'dimensione del messaggio', 'dimensioni del messaggio', "dimensione dell'allegato",
  ],
  predicates: [
    'excede', 'excedid*', 'excedeu', 'ultrapassa', 'ultrapassou', 'ultrapassad*', 'acima', 'superior',
    // Spanish
    'supera', 'superó', 'superad*', 'excedió', 'sobrepasa',
    // French, German, Italian
    'dépasse', 'dépassé*', 'excède', 'überschreitet', 'überschritten', 'zu groß', 'zu gross', 'superat*', 'eccede',
  ],
  sendersOwn: 'all',
};

/**
 * Too many messages or connections from the sender: a leading "muitas", "demasiados", "trop de", "zu
 * viele" right before them.
 */
const ratelimited: NearPairSet = {
  reason: 'ratelimited',
  subjects: [
    'mensagens', 'conexões', 'e-mails', 'envios', 'sessões', 'destinatários', 'tentativas de conexão',
    // Spanish
    'mensajes', 'conexiones', 'correos', 'envíos', 'sesiones', 'destinatarios', 'intentos de conexión',
    // French, German, Italian (and "e-mails" above)
    'messages', 'connexions', 'courriels', 'destinataires', 'nachrichten', 'verbindungen', 'mails', 'empfänger',
    'messaggi', 'connessioni', 'email', 'destinatari',
  ],
  predicates: [],
  leading: [
    'muitas', 'muitos', 'excesso de', 'demasiadas', 'demasiados', 'exceso de', 'trop de', 'zu viele', 'zuviele', 'troppe', 'troppi',
    'eccesso di',
  ],
  sendersOwn: 'all',
};

/**
 * The number or rate of the sender's connections or recipients, exceeded. Not a number of messages (a
 * mailbox holds a number of messages too: "o limite de mensagens da caixa postal foi atingido").
 */
const countExceeded: NearPairSet = {
  reason: 'ratelimited',
  subjects: [
    'número de conexões', 'número máximo de conexões', 'limite de conexões', 'taxa de conexões', 'taxa de envio',
    'número de destinatários', 'número máximo de destinatários',
    // Spanish
    'número de conexiones', 'número máximo de conexiones', 'límite de conexiones', 'tasa de envío',
    'número de destinatarios', 'número máximo de destinatarios',
    // French, German, Italian
    'nombre de connexions', 'nombre maximal de connexions', 'nombre maximum de connexions', 'limite de connexions',
    'nombre de destinataires', 'nombre maximal de destinataires',
    'anzahl der verbindungen', 'anzahl gleichzeitiger verbindungen', 'maximale anzahl an verbindungen', 'maximale anzahl von verbindungen',
    'verbindungslimit', 'anzahl der empfänger', 'maximale anzahl an empfängern',
    'numero di connessioni', 'numero massimo di connessioni', 'limite di connessioni', 'numero di destinatari', 'numero massimo di destinatari',
  ],
  predicates: [
    'excede', 'excedid*', 'excedeu', 'ultrapassa', 'ultrapassad*', 'ultrapassou', 'atingid*', 'atingiu',
    // Spanish
    'supera', 'superad*', 'superó', 'alcanzad*', 'alcanzó', 'sobrepasa', 'sobrepasad*',
    // French, German, Italian
    'dépasse', 'dépassé*', 'atteint', 'überschreitet', 'überschritten', 'erreicht', 'superat*', 'raggiunt*',
  ],
  // "se ha superado el número máximo de conexiones"
  leading: [
    'excedeu o', 'ultrapassou o', 'atingiu o', 'excedido o', 'atingido o', 'superado el', 'excedido el', 'alcanzado el',
    'dépassé le', 'atteint le', 'superato il', 'raggiunto il',
  ],
  sendersOwn: 'all',
};

/**
 * The message or its content said to be spam, by a word the phrase tables do not read alone
 * ("indésirable", "unerwünscht").
 */
const spamdetected: NearPairSet = {
  reason: 'spamdetected',
  subjects: [
    'mensagem', 'e-mail', 'conteúdo',
    // Spanish
    'mensaje', 'correo', 'contenido',
    // French, German, Italian
    'message', 'courriel', 'contenu', 'nachricht', 'inhalt', 'messaggio', 'contenuto',
  ],
  predicates: [
    'como spam', 'considerado spam', 'considerada spam', 'indesejad*', 'lixo eletrônico', 'propaganda não solicitada',
    // Spanish
    'no deseado', 'no deseada', 'indeseado', 'indeseada', 'correo basura', 'no solicitado',
    // French, German, Italian
    'comme spam', 'comme indésirable', 'indésirable*', 'pourriel', 'als spam', 'unerwünscht*', 'unerwuenscht*',
    'come spam', 'indesiderat*',
  ],
  leading: ['unerwünschte', 'unerwünschter', 'unerwuenschte'],
  // a sender word cancels: "mensagem recusada: remetente indesejado" is the sender refused
  sendersOwn: 'possessives',
};

/**
 * An attachment or file infected or malicious, by a word the phrase tables do not read alone. Not a
 * message that is malicious (a malicious link is phishing).
 */
const virusdetected: NearPairSet = {
  reason: 'virusdetected',
  subjects: [
    'anexo', 'arquivo', 'arquivo anexo',
    // Spanish
    'adjunto', 'archivo', 'archivo adjunto',
    // French, German, Italian
    'pièce jointe', 'fichier', 'fichier joint', 'anhang', 'datei', 'dateianhang', 'allegato', 'file',
  ],
  predicates: [
    'infectad*', 'contém malware', 'malicios*',
    // Spanish
    'contiene malware',
    // French, German, Italian
    'infecté*', 'malveillant*', 'infiziert', 'enthält schadsoftware', 'schadsoftware', 'schädlich*', 'infett*', 'dannos*',
  ],
  sendersOwn: 'all',
};

/** A message infected: right after it ("a mensagem está infectada"), not an infected host further on. */
const infectedMessage: NearPairSet = {
  reason: 'virusdetected',
  subjects: ['mensagem', 'mensaje', 'message', 'nachricht', 'messaggio'],
  predicates: [],
  closePredicates: ['infectad*', 'infecté*', 'infiziert', 'infett*'],
  sendersOwn: 'all',
};

/** Relaying refused: the relay (or a leading "não permite") and a word of refusal. Not an open relay (the sender's server, blocked). */
const norelaying: NearPairSet = {
  reason: 'norelaying',
  subjects: [
    // not a forwarding ("reenvío", "Weiterleitung", "inoltro"), which is the recipient's
    'relay', 'relaying', 'retransmissão',
    // Spanish
    'retransmisión',
    // French
    'relais', 'relayage',
  ],
  predicates: [
    'não permitid*', 'não é permitid*', 'negad*', 'não autorizad*', 'proibid*', 'recusad*',
    // Spanish
    'no permitid*', 'no está permitid*', 'denegad*', 'no autorizad*', 'prohibid*', 'rechazad*',
    // French, German, Italian
    'non autorisé*', "n'est pas autorisé*", 'refusé*', 'interdit*', 'nicht erlaubt', 'nicht gestattet', 'nicht zulässig',
    'verweigert', 'abgelehnt', 'unzulässig', 'non consentit*', 'non permess*', 'negat*', 'non autorizzat*', 'vietat*', 'rifiutat*',
  ],
  leading: [
    'não permite', 'não faz', 'não aceita', 'no permite', 'no se permite', 'no acepta', 'no hace',
    "n'autorise pas le", "n'autorise pas de", 'pas de', 'kein', 'keine', 'nessun',
  ],
  notSubjects: ['relay aberto', 'relay abierto', 'relais ouvert', 'relay aperto', 'relay host', 'relay server', 'relay-server'],
  sendersOwn: 'all',
};

/**
 * A message that expired before it was delivered, or its delivery time that ran out. "Expirada" only
 * right after the message: "a mensagem não pôde ser entregue: certificado expirado" is the certificate's.
 */
const expired: NearPairSet = {
  reason: 'expired',
  subjects: [
    'mensagem',
    // Spanish
    'mensaje',
    // French, German, Italian
    'message', 'nachricht', 'messaggio',
  ],
  predicates: [],
  closePredicates: [
    'expirou', 'expirad*', 'já expirou', 'expiró', 'ha expirado', 'caducad*', 'caducó', 'ha caducado',
    'a expiré', 'expiré*', 'ist abgelaufen', 'abgelaufen', 'scadut*', 'è scaduto', 'è scaduta',
  ],
  sendersOwn: 'possessives',
};

/** The time a message had to be delivered, which ran out. */
const deliveryTime: NearPairSet = {
  reason: 'expired',
  subjects: [
    'prazo de entrega', 'tempo de entrega', 'prazo para entrega', 'tempo limite de entrega',
    // Spanish
    'plazo de entrega', 'tiempo de entrega', 'plazo para la entrega', 'tiempo máximo de entrega',
    // French, German, Italian
    'délai de livraison', 'délai de remise', 'délai de distribution', 'zustellzeit', 'zustellfrist', 'zustellungsfrist',
    'tempo di consegna', 'termine di consegna',
  ],
  predicates: [
    'expirou', 'expirad*', 'esgotad*', 'excedid*', 'encerrad*',
    // Spanish
    'expiró', 'agotad*', 'vencid*', 'caducad*',
    // French, German, Italian
    'expiré*', 'dépassé*', 'écoulé*', 'abgelaufen', 'überschritten', 'verstrichen', 'scadut*', 'superat*', 'esaurit*',
  ],
  sendersOwn: 'possessives',
};

/**
 * The sets, in the order that breaks a tie (two pairs from one subject word: "conta ... não existe" is
 * userunknown's only). Between sets, the pair whose subject comes first wins: "o domínio do
 * destinatário não existe" speaks of the domain.
 */
export const NEAR_PAIRS: readonly NearPairSet[] = [
  hostunknown, userunknown, mailboxfull, suspend, emailtoolarge, messageSize, ratelimited, countExceeded, spamdetected, virusdetected,
  infectedMessage, norelaying, expired, deliveryTime,
];
