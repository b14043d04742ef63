// The name a person knows each signature's provider by, for the headings that group results by rule
// (the HTML report, the page's lists, the API's report): two groups of one reason, one from Gmail's rule
// and one from no rule, would read alike otherwise. Proper names, the same in every language. A provider
// id that names a topic, not an organisation or a standard ("address", "loop", "sending-limit"), has no
// row: its rules have words or reasons of their own.
const NAMES = {
  google: 'Google',
  microsoft: 'Microsoft',
  yahoo: 'Yahoo',
  aol: 'AOL',
  apple: 'iCloud',
  mimecast: 'Mimecast',
  orange: 'Orange',
  spamhaus: 'Spamhaus',
  cox: 'Cox',
  rackspace: 'Rackspace',
  laposte: 'La Poste',
  kddi: 'KDDI (au)',
  cisco: 'Cisco',
  barracuda: 'Barracuda',
  amazon: 'Amazon SES',
  uceprotect: 'UCEPROTECT',
  trendmicro: 'Trend Micro',
  spectrum: 'Spectrum',
  spamcop: 'SpamCop',
  sorbs: 'SORBS',
  proofpoint: 'Proofpoint',
  cpanel: 'cPanel',
  spf: 'SPF',
  dkim: 'DKIM',
  dmarc: 'DMARC',
  dnsbl: 'DNSBL',
} as const;

/** The providers named here (src/i18n/evidence-kind.ts checks that every signature provider is). */
export type NamedProvider = keyof typeof NAMES;

export const PROVIDER_NAMES: Readonly<Record<string, string>> = NAMES;
