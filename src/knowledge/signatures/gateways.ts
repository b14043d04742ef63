// Filtering gateways that sit in front of many organizations' mail: Proofpoint, Mimecast, Barracuda
// (appliance), Cisco Secure Email (IronPort), Trend Micro, Rackspace.
//
// Only their reply texts count: these products also add headers (Proofpoint-Spam-Details,
// IronPort-Anti-Spam-Result...) to messages that were delivered, so a bare product name proves nothing.
import { SENDING_SIDE } from './actors.js';
import type { Signature } from './types.js';

const MIMECAST = 'https://community.mimecast.com/docs/DOC-1369';
const RACKSPACE_HOSTS = ['emailsrvr.com'];

export const gatewaySignatures = [
  {
    // 554 5.7.0 "Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1"
    // (older: https://support.proofpoint.com/dnsbl-lookup.cgi?ip=...).
    id: 'proofpoint:ip-blocked',
    provider: 'proofpoint',
    text: ['ipcheck.proofpoint.com', 'proofpoint.com/dnsbl-lookup'],
    reason: 'blocked',
    source: 'https://ipcheck.proofpoint.com/',
  },
  {
    // 451 "Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451".
    // Mostly greylisting: an unknown sender is refused once and accepted on a later retry. We say blocked
    // (a temporary refusal keyed on the sending IP); as a 4xx it stays transient, retried automatically.
    id: 'mimecast:greylisting',
    provider: 'mimecast',
    text: ['internal resource temporarily unavailable'],
    reason: 'blocked',
    ownWords: true,
    actors: ['none'],
    source: MIMECAST,
  },
  {
    // 550 "Rejected by header based Anti-Spoofing policy": the From header uses the recipient
    // organization's own domain but the message comes from outside. The cause is the sender's From: the
    // sender sends with a From of its own domain; only a service sending on the organization's behalf asks
    // its admin for an Anti-Spoofing bypass (Mimecast's documented fix). Not a refusal of the sender as such
    // (recipientRule): the same address takes the sender's mail with its own From. Sender first: a fix on
    // the sender's side, then resend (list action fix-your-side), not a retry of the same message.
    id: 'mimecast:anti-spoofing',
    provider: 'mimecast',
    text: ['anti-spoofing policy'],
    reason: 'policyviolation',
    // policyviolation's "ask the recipient's IT team" would send the sender to the wrong fix first
    hintOnly: true,
    actors: ['sender', 'recipient-admin'],
    source: MIMECAST,
  },
  {
    // 550 "Envelope blocked - User Entry" ("User Domain Entry"): a person at the receiving organization put
    // the sender's address (or domain) on their own blocked-senders list. The refusal is of the sender
    // address, by that one recipient: nothing to fix on the sending server.
    id: 'mimecast:user-blocked-sender',
    provider: 'mimecast',
    text: ['envelope blocked - user entry', 'envelope blocked - user domain entry', 'envelope blocked \u2013 user entry', 'envelope blocked \u2013 user domain entry'],
    reason: 'rejected',
    // a refused sender's general words (check your domain, write to your provider) would mislead
    ownWords: true,
    actors: ['recipient'],
    source: MIMECAST,
  },
  {
    // 550 "Administrative prohibition - envelope blocked": the recipient organization's policy refuses the
    // envelope sender (its address or domain on the organization's blocked senders). After the row of a
    // person's own list above; only the recipient's admin can lift it.
    id: 'mimecast:envelope-blocked',
    provider: 'mimecast',
    text: ['administrative prohibition - envelope blocked', 'administrative prohibition \u2013 envelope blocked', ['envelope blocked', 'mimecast.com']],
    reason: 'rejected',
    // a refused sender's general words (check your domain, write to your provider) would mislead
    ownWords: true,
    actors: ['recipient-admin'],
    source: MIMECAST,
  },
  {
    // 451 "Message temporarily deferred due to unresolvable RFC.5321 from domain" (or "from address"): the
    // envelope sender's (MAIL FROM, RFC 5321) domain has no MX nor A record Mimecast can resolve. The
    // return-path domain's DNS is to fix, not the sending IP's PTR.
    id: 'mimecast:unresolvable-5321-from',
    provider: 'mimecast',
    text: ['unresolvable rfc.5321 from', 'unresolvable rfc5321 from', 'unresolvable rfc 5321 from'],
    reason: 'rejected',
    source: MIMECAST,
  },
  {
    // 550 "Poor Reputation Sender".
    id: 'mimecast:poor-reputation',
    provider: 'mimecast',
    text: ['poor reputation sender'],
    reason: 'badreputation',
    source: MIMECAST,
  },
  {
    // 554 "Host network not allowed": the recipient organization does not accept mail from that IP or
    // network. Sisimai reports policyviolation (a rule of the recipient organization).
    id: 'mimecast:host-network-not-allowed',
    provider: 'mimecast',
    text: ['host network not allowed'],
    reason: 'policyviolation',
    source: MIMECAST,
  },
  {
    // 554 "email rejected due to security policies - MCSpamSignature...": Mimecast's security scan
    // (antivirus and signature checks). Sisimai reports virusdetected; we follow it.
    id: 'mimecast:security-policies',
    provider: 'mimecast',
    text: ['rejected due to security policies'],
    reason: 'virusdetected',
    source: MIMECAST,
  },
  {
    // 550 5.7.1 "Message content rejected, UBE, id=12345-01-2" (Barracuda Email Security Gateway).
    id: 'barracuda:content-ube',
    provider: 'barracuda',
    text: ['content rejected, ube'],
    reason: 'spamdetected',
    source: 'observed',
  },
  {
    // 554 "Your access to this mail system has been rejected due to the sending MTA's poor reputation"
    // (default reply of Cisco Secure Email / IronPort, based on Talos SenderBase reputation).
    id: 'cisco:poor-reputation',
    provider: 'cisco',
    text: ["sending mta's poor reputation", 'senderbase.org', 'talosintelligence.com'],
    reason: 'badreputation',
    source: 'https://talosintelligence.com/reputation_center',
  },
  {
    // 550 #5.1.0 "Address rejected": default Cisco Secure Email (IronPort) reply when the LDAP
    // recipient check finds no such user.
    id: 'cisco:5.1.0-address-rejected',
    provider: 'cisco',
    text: ['#5.1.0 address rejected'],
    reason: 'userunknown',
    source: 'observed',
  },
  {
    // "blocked using Trend Micro RBL+" / "Trend Micro Email Reputation": Trend Micro ERS.
    id: 'trendmicro:ers-blocked',
    provider: 'trendmicro',
    text: ['trend micro rbl', 'trend micro email reputation', 'ers.trendmicro.com', 'mail-abuse.com'],
    reason: 'blocked',
    // a reputation list like the DNSBLs: the sending IP's to clean up and delist
    actors: SENDING_SIDE,
    source: 'https://ers.trendmicro.com/',
  },
  {
    // Rackspace (MX *.emailsrvr.com) G1F: the sending IP has no reverse DNS (PTR).
    id: 'rackspace:g1f-no-ptr',
    provider: 'rackspace',
    hosts: RACKSPACE_HOSTS,
    text: ['g1f'],
    reason: 'requireptr',
    source: 'observed',
  },
  {
    // Rackspace G28: a new or not yet trusted sending IP.
    id: 'rackspace:g28-untrusted-ip',
    provider: 'rackspace',
    hosts: RACKSPACE_HOSTS,
    text: ['g28'],
    reason: 'badreputation',
    source: 'observed',
  },
  {
    // The same reply copied without the Rackspace host ("450 4.7.1 G28 192.0.2.1 is new or untrusted").
    id: 'rackspace:g28-untrusted-ip-pasted',
    provider: 'rackspace',
    text: [['g28 ', 'untrusted']],
    reason: 'badreputation',
    source: 'observed',
  },
] as const satisfies readonly Signature[];
