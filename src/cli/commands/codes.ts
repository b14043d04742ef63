// `smtp-explain codes [CODE...]`: the reference table of every basic and enhanced code, or the
// explanation of the codes given, in the chosen language, as text or JSON.
import { describeCode, type CodeDescription } from '../../explain/describe-code.js';
import { CATALOGS } from '../../i18n/catalog.js';
import { BASIC_CODES } from '../../knowledge/basic-codes.js';
import { ENHANCED_CODES, enhancedFact, type EnhancedCode } from '../../knowledge/enhanced-codes.js';
import { REPORTS } from '../../report/catalog.js';
import { codeInfo } from '../../explain/code-info.js';
import type { Locale } from '../../types.js';
import { parseOrUsage, resolveLocale, usageMessage } from '../args.js';
import { write, type CliIo } from '../io.js';
import { usageError } from './explain.js';

/** A row of the enhanced table: class-independent ("X.1.1"), so no class sentence in the meaning. */
export interface EnhancedRow {
  code: string;
  name: string;
  rfc: string;
  basicCodes: readonly string[];
  title: string;
  meaning: string;
  advice: string;
}

export function basicRows(lang: Locale): CodeDescription[] {
  return BASIC_CODES.map((row) => describeCode(row.code, lang)!);
}

export function enhancedRow(code: EnhancedCode, lang: Locale): EnhancedRow {
  const fact = enhancedFact(code)!;
  const text = CATALOGS[lang].enhancedCodes[code];
  return { code, name: fact.name, rfc: fact.rfc, basicCodes: fact.basicCodes, ...text };
}

export function enhancedRows(lang: Locale): EnhancedRow[] {
  return ENHANCED_CODES.map((row) => enhancedRow(row.code, lang));
}

/** One code: "550", "5.7.26", or a class-independent "X.7.26". */
function lookup(code: string, lang: Locale): CodeDescription | EnhancedRow | null {
  const m = /^x\.(\d{1,3})\.(\d{1,3})$/i.exec(code.trim());
  if (m) {
    const id = `X.${Number(m[1])}.${Number(m[2])}`;
    return enhancedFact(id) ? enhancedRow(id as EnhancedCode, lang) : null;
  }
  return describeCode(code, lang);
}

function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - [...c].length))).join('  ').trimEnd()).join('\n') + '\n';
}

function tableText(lang: Locale): string {
  const t = REPORTS[lang].codes;
  const ui = CATALOGS[lang].ui;
  const rfcColumn = (d: CodeDescription) => (d.standard && d.rfc ? d.rfc : d.registryOnly && d.rfc ? ui.registryOnlyShort(d.rfc) : '—');
  const basic = [[t.code, t.kind, t.standard, t.title], ...basicRows(lang).map((d) => [d.code, ui.kind[d.kind], rfcColumn(d), d.title])];
  const enhanced = [[t.code, t.standard, t.title], ...enhancedRows(lang).map((r) => [r.code, r.rfc, r.title])];
  return `${t.basicHeading}\n\n${columns(basic)}${t.legend}\n\n${t.enhancedHeading}\n${t.enhancedNote}\n\n${columns(enhanced)}`;
}

function oneText(d: CodeDescription | EnhancedRow, lang: Locale): string {
  const t = REPORTS[lang].codes;
  const ui = CATALOGS[lang].ui;
  const lines = [`${d.code} — ${d.title}`];
  if ('kind' in d) lines.push(`${ui.kind[d.kind]} · ${d.standardText}`);
  else lines.push(ui.standard(d.rfc));
  lines.push(`${t.meaning}: ${d.meaning}`, `${t.advice}: ${d.advice}`);
  return lines.join('\n') + '\n';
}

export async function codesCommand(argv: string[], io: CliIo): Promise<number> {
  let lang: Locale;
  let format: 'text' | 'json';
  let codes: string[];
  try {
    const { values, positionals } = parseOrUsage({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        lang: { type: 'string', short: 'l' },
        format: { type: 'string', short: 'f' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    lang = resolveLocale(values.lang, io.env);
    if (values.help) { await write(io.stdout, REPORTS[lang].codes.help); return 0; }
    const f = values.format ?? 'text';
    if (f !== 'text' && f !== 'json') throw usageMessage(REPORTS[lang].codes.badFormat(f));
    format = f;
    codes = positionals;
    for (const c of codes) if (!lookup(c, lang)) throw usageMessage(REPORTS[lang].codes.unknown(c));
  } catch (error) {
    return usageError(io, error, argv, 'codes');
  }

  if (!codes.length) {
    const out = format === 'json'
      ? JSON.stringify({ basic: basicRows(lang), enhanced: enhancedRows(lang) }, null, 2) + '\n'
      : tableText(lang);
    await write(io.stdout, out);
    return 0;
  }
  if (format === 'json') {
    // an array whatever the number of codes, so that a script written for one code (jq '.[0].title',
    // '.[].title') still works with two; each element is the very object GET /api/codes/CODE answers
    const found = codes.map((c) => codeInfo(c, lang)!);
    await write(io.stdout, JSON.stringify(found, null, 2) + '\n');
  } else {
    await write(io.stdout, codes.map((c) => oneText(lookup(c, lang)!, lang)).join('\n'));
  }
  return 0;
}
