// What kind of evidence a rule id is ("phrase:userunknown", "microsoft:5.1.10-recipient-not-found"),
// for the people who read it: the id is English and internal, its kind is said in their language. The
// prefixes are a closed set, made in src/ (classify, message decoders, knowledge/signatures): a prefix
// that is not listed here is said as "another rule". Browser-safe (the web page shows it too).
import { CATALOGS } from './catalog.js';
import { PROVIDER_NAMES, type NamedProvider } from '../knowledge/provider-names.js';
import { SIGNATURES } from '../knowledge/signatures/index.js';
import type { Locale } from '../types.js';
import { hasOwn } from '../own-key.js';

export type EvidenceKind =
  | 'phrase' | 'notice' | 'status' | 'replyCode' | 'dsn' | 'format' | 'provider' | 'blocklist' | 'authentication'
  | 'known' | 'command' | 'log' | 'esp' | 'complaint' | 'autoReply' | 'verp' | 'repair' | 'other'
  /** "decoder:exim:crashed": the reader of a server's notices failed on the message, and was passed over. */
  | 'crashed';

/** The mail servers and services whose notice formats are named by their prefix (providers: PROVIDER_NAMES). */
const NAMES: Readonly<Record<string, string>> = {
  gmail: 'Gmail', yahoo: 'Yahoo', amazonses: 'Amazon SES', ezweb: 'EZweb', sendgrid: 'SendGrid', mailru: 'Mail.ru', zoho: 'Zoho', verizon: 'Verizon',
  postfix: 'Postfix', exim: 'Exim', qmail: 'qmail', sendmail: 'Sendmail', opensmtpd: 'OpenSMTPD', powermta: 'PowerMTA', courier: 'Courier',
  domino: 'Domino', notes: 'Lotus Notes', exchange2003: 'Exchange 2003', fml: 'fml', imail: 'IMail', imailserver: 'IMail',
  interscanmss: 'InterScan MSS', mailmarshalsmtp: 'MailMarshal', x3: 'X3', apachejames: 'Apache James',
};

/** Prefixes of a mail server's notice format (message/decoders; their reason hints are "exim:...", "qmail:..."). */
const FORMAT_PREFIXES = ['decoder', 'family', 'dsn', 'gmail', 'amazonses', 'ezweb', 'sendgrid', 'mailru', 'zoho', 'verizon', 'postfix',
  'exim', 'qmail', 'sendmail', 'opensmtpd', 'powermta', 'courier', 'domino', 'notes', 'exchange2003', 'fml', 'imail', 'imailserver',
  'interscanmss', 'mailmarshalsmtp', 'x3', 'apachejames'] as const;
type FormatPrefix = (typeof FORMAT_PREFIXES)[number];
const FORMATS: ReadonlySet<string> = new Set(FORMAT_PREFIXES);

const KINDS = {
  // domain: what a phrase says of an unknown domain (it does not exist; it has no mail server)
  phrase: 'phrase', pair: 'phrase', domain: 'phrase', notice: 'notice', status: 'status', code: 'replyCode', action: 'dsn', diagnostic: 'dsn',
  spamhaus: 'blocklist', sorbs: 'blocklist', spamcop: 'blocklist', uceprotect: 'blocklist', dnsbl: 'blocklist',
  spf: 'authentication', dkim: 'authentication', dmarc: 'authentication',
  // the signatures of a kind of failure any server may give (knowledge/signatures), and the filter checks
  address: 'known', attachment: 'known', bulk: 'known', greylisting: 'known', group: 'known', helo: 'known', loop: 'known',
  relay: 'known', sender: 'known', 'sending-limit': 'known', 'challenge-response': 'known', filter: 'known',
  command: 'command', log: 'log', esp: 'esp', arf: 'complaint', rfc3834: 'autoReply', verp: 'verp',
  // a log's '?' for each accented letter, read as the accented words (classify/restore-accents.ts)
  text: 'repair',
} as const satisfies Readonly<Record<string, EvidenceKind>>;

/**
 * The providers among the ids of knowledge/signatures rows: every row's provider but the topics, block
 * lists and checks KINDS tells ("address", "spamhaus", "spf") and the servers FORMATS names (Postfix's
 * own words). So a new provider's file of rows is all its evidence needs; its name is in PROVIDER_NAMES.
 */
export function providerPrefixes(providers: Iterable<string>): ReadonlySet<string> {
  return new Set([...providers].filter((p) => !hasOwn(KINDS, p) && !FORMATS.has(p)));
}

/** Prefixes of a provider's (or a gateway's) own rules: knowledge/signatures ids. */
const PROVIDERS = providerPrefixes(SIGNATURES.map((s) => s.provider));

// Checked at compile time: every provider of a row has its name in PROVIDER_NAMES. A new provider
// without one fails here with its id ("Type 'boolean' is not assignable to type '{ unnamed: "locaweb"; }'").
type Unnamed = Exclude<(typeof SIGNATURES)[number]['provider'], keyof typeof KINDS | FormatPrefix | NamedProvider>;
const everyProviderNamed: [Unnamed] extends [never] ? true : { unnamed: Unnamed } = true;

/** The kind of a rule id, and the provider or mail server it names (Microsoft, Exim), if any. */
export function evidenceKind(rule: string, field = ''): { kind: EvidenceKind; name: string | null } {
  const prefix = rule.split(':', 1)[0]!.toLowerCase();
  if (prefix === 'decoder') {
    // "decoder:exim": the notice's format, of the server it names ("decoder:text", "decoder:dsn": none)
    const decoder = rule.slice('decoder:'.length).toLowerCase();
    if (decoder.endsWith(':crashed')) {
      const id = decoder.slice(0, -':crashed'.length);
      return { kind: 'crashed', name: hasOwn(NAMES, id) ? NAMES[id]! : id };
    }
    return { kind: 'format', name: hasOwn(NAMES, decoder) ? NAMES[decoder]! : null };
  }
  // a success or a failure told by its code alone: the code it was read from
  if (prefix === 'kind' || prefix === 'fallback') return { kind: field === 'replyCode' ? 'replyCode' : 'status', name: null };
  if (PROVIDERS.has(prefix)) return { kind: 'provider', name: PROVIDER_NAMES[prefix] ?? prefix };
  if (FORMATS.has(prefix)) return { kind: 'format', name: hasOwn(NAMES, prefix) ? NAMES[prefix]! : null };
  return { kind: hasOwn(KINDS, prefix) ? (KINDS as Readonly<Record<string, EvidenceKind>>)[prefix]! : 'other', name: null };
}

/** The kind of a rule id in words ("regra do provedor Microsoft", "frase conhecida"). */
export function evidenceKindWords(rule: string, field: string, lang: Locale): string {
  const { kind, name } = evidenceKind(rule, field);
  const words = CATALOGS[lang].ui.evidenceKind;
  if (kind === 'provider') return words.provider(name!);
  if (kind === 'format') return name ? words.formatOf(name) : words.format;
  if (kind === 'crashed') return words.crashed(name!);
  return words[kind];
}
