// Phrases that mean: the sending IP address has no valid reverse DNS (PTR) name.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const requireptr = {
  reason: 'requireptr',
  phrases: [
    'reverse dns',
    'reverse lookup',
    'no ptr record',
    'ptr record',
    'pointer (ptr) record', // Gmail 4.7.23: "the hostname specified in the pointer (PTR) record"
    'cannot find your hostname',
    'cannot find your reverse hostname',
    'ip name lookup failed',
    'name lookup failed',
    'no reverse',
    'reverse hostname',
    'reverse address',
    'client host name',
    'hostname does not match',
    'cannot resolve your address',
    'dns ptr',
    // "rDNS lookup failed for 192.0.2.1" (before networkerror's 'dns lookup failed'), "IP 192.0.2.1 has no PTR"
    'rdns lookup',
    'rdns check',
    'no rdns',
    'has no ptr',
    'missing ptr',
    'without a valid sender domain',
    'ptr lookup',
    'reverse host',
    'unknown client host',
    'access denied. ip name lookup failed',
    'client host rejected: cannot find your hostname',
    ['service permits ', ' unverifyable sending ip'], // the sending IP's host name does not verify
    '(dns:nr)', // AOL: "421 4.7.1 : (DNS:NR)", no reverse DNS for the sending IP
    // Portuguese
    'dns reverso',
    // "o remetente não possui registro reverso (PTR)", "Seu servidor não possui PTR válido"
    'registro reverso',
    'não possui ptr',
    'ptr válido',
    'registro ptr',
    'sem ptr', // "Servidor sem PTR"
    'ptr ausente',
    'ptr inválido',
    'resolução reversa',
    // "Reverso do IP 192.0.2.10 não confere", "IP sem reverso"
    ['reverso do ip', 'não '], // not a notice's field "Reverso do IP: mail.example.com"
    ['reverso do seu ip', 'não '],
    'endereço reverso', // "Não existe endereço reverso para o seu IP"
    'reverso não confere',
    'nome reverso', // "Não foi possível resolver o nome reverso do seu IP"
    // Spanish: "Su IP no tiene registro inverso (PTR)"
    'registro inverso',
  ],
  weak: [
    // an unresolvable name is the sending host's only with a word of the host or its PTR beside it
    // (Sisimai's "unresolvable relay host name"); "unresolvable RFC.5321 from domain" is the sender's domain
    ['unresolvable', 'host name'],
    ['unresolvable', 'hostname'],
    ['hostname', 'unresolvable'],
    ['unresolvable', 'ptr'],
    ['ptr', 'unresolvable'],
    'does not resolve',
    'rdns',
    'name does not match',
    'g1f',
  ],
} as const satisfies PhraseSet;
