// Phrases that mean: the receiving server is out of disk or resources.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const systemfull = {
  reason: 'systemfull',
  phrases: [
    'insufficient disk space',
    'insufficient system storage',
    'mail system full',
    'out of disk',
    'disk full',
    'no space left',
    'out of memory',
    'system is full',
    'server is full',
    'out of storage',
    'insufficient system resources', // Exchange's back pressure: "452 4.3.1 Insufficient system resources"
    'space shortage', // Exim: "452 Space shortage, please try later" (its spool is short of disk space)
    // Portuguese
    'disco cheio',
    'sem espaço em disco',
    'espaço em disco insuficiente',
    'não há espaço disponível no dispositivo', // no space left on device
  ],
} as const satisfies PhraseSet;
