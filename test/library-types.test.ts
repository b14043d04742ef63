// The library's public types (the architecture review): src/index.ts exports by name what its functions
// take or give, and nothing of the engine's own (Facts' internal flags, the catalogs' shapes), which would
// be frozen with the first release. Checked with TypeScript's own checker over the sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { tempDir } from './mailbox-helpers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const entries = { 'smtp-explain': join(src, 'index.ts'), 'smtp-explain/node': join(src, 'node.ts') };

/** What a program may import by name from src/index.ts (values and types): adding or removing one is a decision. */
const PUBLIC = [
  // functions
  'analyze', 'analyzeInput', 'analyzeInputs', 'analyzeMessage', 'analyzeStream', 'classify', 'describeBasicCode', 'describeCode',
  'describeEnhancedCode', 'explain', 'explainText', 'hasError', 'isMessageLike', 'mailboxReport', 'matchLocale', 'parseReply', 'splitMbox',
  // the lists of a type's values
  'ACTORS', 'DEFAULT_LOCALE', 'LOCALES', 'REASONS', 'RESULT_ERROR_CODES', 'RESULT_OUTCOMES',
  // types
  'Actor', 'AddressGroup', 'AliveWhy', 'AnalyzeInputOptions', 'AnalyzeOptions', 'AnalyzeStreamOptions', 'AnalyzedInput', 'ClassifyFacts',
  'CodeDescription', 'CodeInfo', 'CodeSummary', 'DeliveryCounts', 'Evidence', 'ExplainContext', 'ExplainOptions', 'Explanation',
  'InboundRefusal', 'Input', 'Kind', 'ListAction', 'Locale', 'LocaleTag', 'MailboxReport', 'MailboxReportOptions', 'MessageInfo', 'NamedInput', 'OwnNotice', 'OwnNoticeId',
  'Reason', 'Reply', 'Result', 'ResultErrorCode', 'ResultKind', 'ResultOutcome', 'Retry', 'RetryWindow', 'SenderGroup', 'StreamSource', 'Verdict',
];
/** The engine's own shapes, which src/types.ts declares beside the public ones. */
const INTERNAL = ['Facts', 'CodeText', 'TransientText', 'SignatureText', 'ReasonWords', 'ReasonText'];

const dir = tempDir();
const usage = join(dir, 'public.mts');
writeFileSync(usage, `import type { ${PUBLIC.filter((n) => /^[A-Z][a-z]/.test(n)).join(', ')} } from ${JSON.stringify(join(src, 'index.js'))};\n`);
const internal = join(dir, 'internal.mts');
writeFileSync(internal, INTERNAL.map((n) => `import type { ${n} } from ${JSON.stringify(join(src, 'index.js'))};\n`).join(''));
const program = ts.createProgram([...Object.values(entries), usage, internal], {
  strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, noUnusedLocals: false,
  module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: ['node'], typeRoots: [join(root, 'node_modules/@types')],
});
const checker = program.getTypeChecker();
const exportsOf = (file: string) => checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!);
const resolved = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
const errorsIn = (file: string) => ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file)
  .map((d) => `${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);

test('src/index.ts exports by name the functions, the lists of values and the types a program uses, no more', () => {
  assert.deepEqual(exportsOf(entries['smtp-explain']).map((s) => s.name).sort(), [...PUBLIC].sort());
  assert.deepEqual(errorsIn(usage), []);
});

test('the engine\'s own types (Facts, the catalogs\' CodeText, ReasonText...) cannot be imported from the package', () => {
  const errors = errorsIn(internal);
  assert.equal(errors.length, INTERNAL.length, errors.join('\n'));
  for (const [i, name] of INTERNAL.entries()) assert.match(errors[i]!, new RegExp(`^2305 .*has no exported member '${name}'`));
});

/**
 * Every interface or type alias declared in src/ that an export's type reaches (a parameter, a return
 * value, a property of either, at any depth), with the path that reaches it.
 */
function reachedTypes(file: string): Map<ts.Declaration, string> {
  const reached = new Map<ts.Declaration, string>();
  const seen = new Set<ts.Type>();
  const ours = (d: ts.Declaration) => d.getSourceFile().fileName.startsWith(src);
  const visit = (t: ts.Type, path: string): void => {
    const sym = t.aliasSymbol ?? t.getSymbol();
    const decl = sym?.declarations?.[0];
    if (decl && ours(decl) && (ts.isInterfaceDeclaration(decl) || ts.isTypeAliasDeclaration(decl)) && !reached.has(decl)) reached.set(decl, path);
    if (seen.has(t)) return;
    seen.add(t);
    // a library's own alias (Omit, Partial) is not named by the user: its result's properties are
    if (t.aliasSymbol && t.aliasSymbol.declarations?.some(ours)) for (const a of t.aliasTypeArguments ?? []) visit(a, path);
    if (t.isUnionOrIntersection()) for (const u of t.types) visit(u, path);
    if (!(t.flags & ts.TypeFlags.Object)) return;
    if ((t as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) for (const a of checker.getTypeArguments(t as ts.TypeReference)) visit(a, path);
    for (const p of checker.getPropertiesOfType(t)) {
      const d = p.valueDeclaration ?? p.declarations?.[0];
      if (d && ours(d)) visit(checker.getTypeOfSymbolAtLocation(p, d), `${path}.${p.name}`);
    }
    for (const sig of [...t.getCallSignatures(), ...t.getConstructSignatures()]) {
      for (const p of sig.parameters) visit(checker.getTypeOfSymbolAtLocation(p, p.valueDeclaration!), `${path}(${p.name})`);
      visit(sig.getReturnType(), `${path}()`);
    }
  };
  for (const s of exportsOf(file)) {
    const sym = resolved(s);
    const decl = sym.declarations![0]!;
    visit(sym.flags & ts.SymbolFlags.Value ? checker.getTypeOfSymbolAtLocation(sym, decl) : checker.getDeclaredTypeOfSymbol(sym), s.name);
  }
  return reached;
}

test('every named type a public function takes or gives is exported by name, so that a program can write it', () => {
  for (const [entry, file] of Object.entries(entries)) {
    const named = new Set([...exportsOf(file), ...exportsOf(entries['smtp-explain'])].flatMap((s) => resolved(s).declarations ?? []));
    const unnamed = [...reachedTypes(file)].filter(([decl]) => !named.has(decl))
      .map(([decl, path]) => `${entry}: ${(decl as ts.InterfaceDeclaration).name.text} (${decl.getSourceFile().fileName.slice(root.length)}) <- ${path}`);
    assert.deepEqual(unnamed, []);
  }
});
