// The page at "/": paste or drop, and the library (bundled from src/) explains it right here in the
// browser, in a worker (analyze-items.ts). Nothing is sent anywhere: the page only loads its own code.
import type { Result } from '../../src/result.js';
import { PAGE_TEXT, type PageText, type ReadCount } from '../../src/i18n/page-text.js';
import type { Locale } from '../../src/types.js';
import type { Item } from './analyze-item.js';
import { analyzeItems, painted, SLICE_MS, type Analysis, type Progress } from './analyze-items.js';
import { summaryReport, type BatchOutcome } from './batch-outcome.js';
import { byId, h } from './dom.js';
import { initialLang, remember, showInAddress } from './lang.js';
import { droppedItems, folderFiles, type Picked } from './dropped.js';
import { MAX_FILE_BYTES } from './file-cap.js';
import { cardsToShow, countedOnce, onceEach } from './card-order.js';
import { MAX_CARDS, renderCard, renderSummary, resultSaid } from './render.js';

/** What was explained: the files are kept as the browser gave them and read again for each run. */
type Source =
  | { kind: 'text'; text: string }
  | { kind: 'files'; files: Picked[] };

let lang: Locale = initialLang();
let last: Source | null = null;
/** The box's text when it was last explained (null once files were explained or the box was cleared). */
let lastText: string | null = null;
/** Each run gets a number; a newer run (new input, language switch) makes an older one stop. */
let runNumber = 0;
/** The analysis of the latest run, until its results are shown. */
let running: Analysis | null = null;
/** How far the latest run had got, as its progress line last said (null before any count). */
let lastProgress: Progress | null = null;

/** A new run, or none (Limpar): the one going on is cancelled, and its results never shown. */
function supersede(): number {
  running?.cancel();
  running = null;
  return ++runNumber;
}

const form = byId<HTMLFormElement>('explain-form');
const textarea = byId<HTMLTextAreaElement>('input-text');
const fileInput = byId<HTMLInputElement>('input-files');
const folderInput = byId<HTMLInputElement>('input-folder');
const dropZone = byId('drop-zone');
const statusLine = byId('status');
const progressLine = byId('progress');
const pasteNote = byId('paste-note');
const inputError = byId('input-error');
const textLabel = document.querySelector<HTMLElement>('label[for="input-text"]') ?? textarea;
const resultsSection = byId('results');
const resultsHeading = byId('results-h');
const summaryBox = byId('summary');
const cardsBox = byId('cards');
const langButton = byId<HTMLButtonElement>('lang-switch');
const explainButton = byId<HTMLButtonElement>('explain');
const stopButton = byId<HTMLButtonElement>('stop');

function text(): PageText {
  return PAGE_TEXT[lang];
}

/** The status line's words when they are the page's own (said again in the other language on a switch). */
let statusWords: ((t: PageText) => string) | null = null;

/** When the status line last said something. */
let saidAt = 0;

/** Says something in the status line; `quiet` keeps it for screen readers only (the cards show it already). */
function announce(message: string, quiet = false): void {
  statusWords = null;
  statusLine.textContent = message;
  statusLine.classList.toggle('visually-hidden', quiet);
  saidAt = Date.now();
  hideProgress();
}

function hideProgress(): void {
  progressLine.hidden = true;
  progressLine.textContent = '';
}

/**
 * Progress is said to screen readers at most this often: each change of a live region is read, and a
 * count every 250 ms queued up stale counts that went on after the result was there. The result itself
 * is always said, when it comes.
 */
const PROGRESS_SAY_MS = 5000;

/** How far the analysis is: on the screen at each step, said to screen readers now and then. */
function showProgress(words: string): void {
  if (Date.now() - saidAt >= PROGRESS_SAY_MS) announce(words, true);
  // the progress line shows it: the status line's "Analisando…" is left to screen readers
  statusLine.classList.add('visually-hidden');
  progressLine.textContent = words;
  progressLine.hidden = false;
}

/** Says one of the page's own sentences in the status line, in the current language and after a switch. */
function announcePageText(words: (t: PageText) => string): void {
  announce(words(text()));
  statusWords = words;
}

/** Puts the page's words in the current language. */
function applyLanguage(): void {
  const t = text();
  document.documentElement.lang = lang;
  document.title = t.title;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const value = t[el.dataset['t'] as keyof PageText];
    if (typeof value === 'string') el.textContent = value;
  }
  textarea.placeholder = t.placeholder;
  if (statusWords) statusLine.textContent = statusWords(t);
  // the note told of a paste that just happened; said again in the other language, its live region
  // would announce a paste that did not happen: it goes
  pasteNote.textContent = '';
  if (!inputError.hidden) inputError.textContent = t.nothingToExplain;
  const other: Locale = lang === 'pt-BR' ? 'en' : 'pt-BR';
  langButton.textContent = t.switchTo;
  langButton.lang = other;
  langButton.setAttribute('aria-label', t.switchToLabel);
  byId<HTMLAnchorElement>('codes-link').href = t.codesPath;
  byId<HTMLAnchorElement>('brand').href = lang === 'pt-BR' ? '/' : '/?lang=en';
}

function isText(name: string, file: File | null): boolean {
  return /\.(?:txt|log)$/i.test(name) || file?.type === 'text/plain';
}

/**
 * Where the answer is brought to the user: `focus` moves the focus to it (the Explain button, a file);
 * `scroll` only scrolls it into view, the caret staying in the box (a paste); `none` leaves the page be
 * (a language switch).
 */
type Reveal = 'focus' | 'scroll' | 'none';

async function run(source: Source, reveal: Reveal): Promise<void> {
  const mine = supersede();
  // where the user was when asking: one who has gone elsewhere since (back to the box to type or paste
  // while a big input is read) keeps the focus there when the answer comes, and the answer is scrolled to
  const askedFrom = document.activeElement;
  last = source;
  lastText = source.kind === 'text' ? source.text : null;
  lastProgress = null;
  // files: explainFiles said it already, and the same words set again are read again
  if (statusLine.textContent !== text().analyzing) announce(text().analyzing);
  else {
    // (a run superseded midway may have left its count on the screen)
    statusLine.classList.remove('visually-hidden');
    hideProgress();
  }
  resultsSection.setAttribute('aria-busy', 'true');
  stopButton.hidden = false;
  try {
    const items: Item[] = source.kind === 'text' ? [{ kind: 'text', text: source.text }] : await Promise.all(source.files.map(readOne));
    if (mine !== runNumber) return;
    const analysis = running = analyzeItems(items, lang, (p) => {
      if (mine !== runNumber) return;
      lastProgress = p;
      showProgress(progressText(p));
    });
    const outcome = await analysis.outcome;
    if (mine !== runNumber || !outcome) return;
    running = null;
    hideStop(); // the analysis is done: what is left is drawing its results
    const movedOn = document.activeElement !== askedFrom && document.activeElement !== document.body;
    await show(outcome, reveal === 'focus' && movedOn ? 'scroll' : reveal, mine);
  } catch (error) {
    // a bug, or a browser that lacks something the page uses: said, never "Analisando…" for good
    if (mine === runNumber) failed(error);
  } finally {
    if (mine === runNumber) hideStop();
  }
}

/** No analysis to stop; the focus, when on the button, goes where an analysis is started. */
function hideStop(): void {
  if (document.activeElement === stopButton) explainButton.focus();
  stopButton.hidden = true;
}

/**
 * Something of the page's own failed (an analysis, the drawing of its results): the status line says it
 * on the screen and to screen readers, the results are no longer marked busy, the run is over.
 */
function failed(error: unknown): void {
  supersede();
  hideStop();
  resultsSection.removeAttribute('aria-busy');
  const message = error instanceof Error ? error.message : String(error);
  // (the sentence goes on after it: its own closing period goes)
  const detail = message.trim().slice(0, 200).replace(/\.+$/, '') || (error instanceof Error ? error.name : 'Error');
  announcePageText((t) => t.somethingFailed(detail));
}

/** How far a stopped run had got, in the words of its stop. */
function stoppedAt(p: Progress | null): Parameters<PageText['stopped']>[0] {
  if (p && p.total > 1) return { done: p.done, total: p.total, unit: p.unit === 'files' ? 'files' : 'messages' };
  if (p && p.files > 1) return { done: p.filesDone, total: p.files, unit: 'files' };
  return null;
}

/** Messages of the mbox (files of the archive) being read, else files of a batch of several. */
function progressText({ filesDone, files, done, total, unit }: Progress): string {
  const t = text();
  if (total > 1) return unit === 'files' ? t.progressFiles(done, total) : t.progress(done, total);
  return files > 1 ? t.progressFiles(filesDone, files) : t.analyzing;
}

/**
 * Results of one message from which a summary (counts, the lists to remove and retry, the CSV) is shown
 * too: a log or a sending service's events give many; a bounce to two or three recipients needs none.
 */
const SUMMARY_MIN_RESULTS = 4;

/** Scrolls the results into view when their top is not in the upper part of the window (a paste on a phone, a file chosen on a desktop). */
function scrollToResults(): void {
  const top = resultsSection.getBoundingClientRect().top;
  if (top >= 0 && top <= window.innerHeight * 0.6) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  resultsSection.scrollIntoView({ behavior: still ? 'instant' : 'smooth', block: 'start' });
}

/**
 * A region that scrolls (a list of addresses, a table too wide for a phone) gets a stop of its own on the
 * Tab key, to scroll it from the keyboard: Safari makes no scroller focusable by itself. One that does not
 * scroll gets none. Checked again whenever a region or its table changes size (a rotated phone, a resized
 * window, a disclosure opened); a list inside a closed disclosure is not laid out and keeps its stop.
 */
function updateScrollStops(): void {
  // every region measured first, then marked: a mark between two measures made the next one lay the page out again
  const measured = [...resultsSection.querySelectorAll<HTMLElement>('ul.addresses, .table-wrap')].flatMap((region) => {
    // one in a closed disclosure is left as it is, unmeasured: Chromium lays a closed disclosure's content
    // out to measure it, each apart (the evidence tables of 200 cards: a task of 0.4 to 1 s after a big
    // mailbox); it is measured when opened (below)
    if (region.closest('details:not([open])') || !region.getClientRects().length) return [];
    // a list scrolls down, a table sideways
    const scrolls = region.matches('ul') ? region.scrollHeight > region.clientHeight : region.scrollWidth > region.clientWidth;
    return [{ region, scrolls }];
  });
  for (const { region, scrolls } of measured) {
    if (scrolls) region.setAttribute('tabindex', '0');
    else region.removeAttribute('tabindex');
  }
}
const scrollWatch = typeof ResizeObserver === 'function' ? new ResizeObserver(updateScrollStops) : null;
// a disclosure opened: its regions are measured once laid out ('toggle' does not bubble: caught on its way down)
resultsSection.addEventListener('toggle', (event) => {
  if ((event.target as HTMLDetailsElement).open) requestAnimationFrame(updateScrollStops);
}, true);

/** Watches the results' scrolling regions, and a table's own width (wider text makes it scroll, its region the same size). */
function watchScrollRegions(): void {
  if (!scrollWatch) return;
  scrollWatch.disconnect();
  for (const region of resultsSection.querySelectorAll('ul.addresses, .table-wrap')) {
    scrollWatch.observe(region);
    if (region.firstElementChild) scrollWatch.observe(region.firstElementChild);
  }
}

/**
 * Cards drawn at once, and then in each later task: 200 cards drawn in one piece held a phone's tab for
 * seconds after a big mailbox (web page audit: a 1.9 to 4.1 s task). The first ones come with the
 * summary; the page takes input and paints between the others.
 */
const CARDS_PER_TASK = 20;

/**
 * The regions that may scroll, checked once the page has laid them out for its next frame: a region newly
 * watched is reported after that layout, when measuring it costs nothing (measured right after the
 * cards were appended, the page was laid out again at once, for seconds after a big mailbox).
 */
function scrollStopsSoon(): void {
  if (scrollWatch) watchScrollRegions();
  else requestAnimationFrame(updateScrollStops);
}

async function show(read: BatchOutcome, reveal: Reveal, mine: number): Promise<void> {
  const { messages, results } = read;
  const t = text();
  // what takes long over a big mailbox (its summary's counts, the notices read twice) is worked out in
  // tasks apart from the drawing, the page painting and taking input between them: in one, a task of
  // 0.4 s after 40,000 bounces. A newer run (or Parar) stops it.
  let since = performance.now();
  const breathe = async (): Promise<boolean> => {
    if (performance.now() - since < SLICE_MS) return true;
    await painted();
    since = performance.now();
    return mine === runNumber;
  };
  const summarized = messages > 1 || results.length >= SUMMARY_MIN_RESULTS;
  // (the worker sends them worked out; without one, they are worked out here)
  const { worked } = read;
  const report = summarized ? worked?.report ?? summaryReport(results, read, lang) : null;
  if (!(await breathe())) return;
  // a notice read twice (a mailbox exported twice) is counted once by the summary: its card is shown once too
  const { counted, repeated } = worked ? countedOnce(results, worked) : onceEach(results);
  const shown = cardsToShow(counted, MAX_CARDS);
  if (!(await breathe())) return;
  summaryBox.replaceChildren();
  cardsBox.replaceChildren();
  if (report) summaryBox.append(renderSummary(results, read, report, lang, announce));
  for (const r of shown.slice(0, CARDS_PER_TASK)) cardsBox.append(renderCard(r, lang));
  resultsSection.hidden = false;
  // not busy while the other cards come: a region busy until its 200th card was made accessible (to screen
  // readers) all at once when it ceased to be, a task of seconds
  resultsSection.removeAttribute('aria-busy');
  markEmptyBox(false);
  scrollStopsSoon();
  const one = results[0];
  announce(messages > 1 || results.length > 1 ? t.summaryCounts(read, counted.length, repeated) : one ? resultSaid(one, lang) : '', true);
  // the focus alone scrolls only until the heading shows, at the window's bottom edge (a file chosen on a
  // desktop): the result's top is brought up, as after a paste
  if (reveal === 'focus') resultsHeading.focus({ preventScroll: true });
  if (reveal !== 'none') scrollToResults();
  // the other cards, a few at a time, below the first ones; a newer run (or Parar) stops the drawing
  for (let i = CARDS_PER_TASK; i < shown.length; i += CARDS_PER_TASK) {
    // each part laid out in a frame of its own: parts appended in tasks with no frame between them were laid out at once
    await painted();
    if (mine !== runNumber) return;
    const part = document.createDocumentFragment();
    for (const r of shown.slice(i, i + CARDS_PER_TASK)) part.append(renderCard(r, lang));
    cardsBox.append(part);
  }
  if (counted.length > shown.length) cardsBox.append(h('p', { class: 'muted' }, t.cardsShown(shown.length, counted.length)));
  if (repeated) cardsBox.append(h('p', { class: 'muted' }, t.repeatedLeftOut(repeated)));
  if (shown.length > CARDS_PER_TASK) scrollStopsSoon();
}

function explainText(): void {
  const value = textarea.value;
  if (!value.trim()) {
    // the files just picked are what is shown: explain them again rather than ask for something
    if (last?.kind === 'files') {
      void run(last, 'focus');
      return;
    }
    askForInput();
    return;
  }
  void run({ kind: 'text', text: value }, 'focus');
}

/** Reads one file; one that cannot be read (a folder, a file moved or deleted since) gets its own card. */
async function readOne({ name, file }: Picked): Promise<Item> {
  const text = isText(name, file);
  if (!file) return { kind: 'file', name, size: 0, text, bytes: null };
  // a file past the cap is not read at all
  if (file.size > MAX_FILE_BYTES) return { kind: 'file', name, size: file.size, text, bytes: null };
  try {
    return { kind: 'file', name, size: file.size, text, bytes: await file.arrayBuffer() };
  } catch {
    return { kind: 'file', name, size: file.size, text, bytes: null };
  }
}

async function explainFiles(picked: Picked[] | Promise<Picked[]>): Promise<void> {
  const mine = supersede(); // a newer input while the files are being gathered wins
  markEmptyBox(false); // files were given: the box no longer asks to be filled
  announce(text().analyzing);
  let files: Picked[];
  try {
    files = await picked;
  } catch {
    files = [];
  }
  if (mine !== runNumber) return;
  if (!files.length) {
    announcePageText((t) => t.nothingDropped);
    return;
  }
  await run({ kind: 'files', files }, 'focus');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  explainText();
});

textarea.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    explainText();
  }
});

function showPasteNote(shown: boolean): void {
  pasteNote.textContent = shown ? text().pasteReplaced : '';
}

// pasting is the usual way in: explain right away, once the pasted text is in the box
textarea.addEventListener('paste', (event) => {
  const pasted = event.clipboardData?.getData('text/plain') ?? '';
  // a second bounce pasted after the first one, whose answer is shown: added to it, the two notices would
  // be read as one and the first lost. The new text replaces the old (the note says so). A box the user
  // has edited since, or a paste over a selection, is left to the browser.
  const replace = pasted.trim() !== '' && textarea.value !== '' && textarea.value === lastText &&
    textarea.selectionStart === textarea.selectionEnd;
  if (replace) {
    event.preventDefault();
    textarea.select();
    // insertText keeps the browser's undo (Ctrl+Z brings the old text back); setting the value is the fallback
    if (!document.execCommand('insertText', false, pasted) || textarea.value !== pasted) textarea.value = pasted;
    showPasteNote(true);
    void run({ kind: 'text', text: textarea.value }, 'scroll');
    return;
  }
  showPasteNote(false);
  setTimeout(() => { if (textarea.value.trim()) void run({ kind: 'text', text: textarea.value }, 'scroll'); }, 0);
});
// the note is about the paste that just happened: any edit makes it stale
textarea.addEventListener('input', () => {
  showPasteNote(false);
  markEmptyBox(false);
});

/**
 * Nothing to explain: "paste a text or pick a file first" is shown right above the box, which gets the
 * focus, and the box and its label are scrolled into view (on a phone the status line is far below).
 * Screen readers hear it once: read with the box (its description) when the focus moves to it, or said
 * by the status line, for screen readers only, when the focus was in the box already (Ctrl+Enter).
 */
function askForInput(): void {
  const focused = document.activeElement === textarea;
  markEmptyBox(true);
  if (focused) announcePageText((t) => t.nothingToExplain);
  else announce('');
  statusLine.classList.add('visually-hidden');
  textarea.focus({ preventScroll: true });
  const inView = (top: number, bottom: number) => top >= 0 && bottom <= window.innerHeight;
  const error = inputError.getBoundingClientRect();
  const box = textarea.getBoundingClientRect();
  if (inView(error.top, error.bottom) && inView(box.top, Math.min(box.bottom, box.top + 48))) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  textLabel.scrollIntoView({ behavior: still ? 'instant' : 'smooth', block: 'start' });
}

/** The box asked to be filled: marked invalid, the words shown above it and tied to it, until typed in. */
function markEmptyBox(empty: boolean): void {
  const describedBy = (textarea.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== 'input-error');
  if (empty) {
    textarea.setAttribute('aria-invalid', 'true');
    inputError.textContent = text().nothingToExplain;
    inputError.hidden = false;
    describedBy.unshift('input-error');
  } else {
    textarea.removeAttribute('aria-invalid');
    inputError.hidden = true;
    inputError.textContent = '';
  }
  textarea.setAttribute('aria-describedby', describedBy.join(' '));
}

// Parar: the analysis ends (its worker too), the box and the files are kept; "Explicar" starts it again
stopButton.addEventListener('click', () => {
  const sofar = stoppedAt(lastProgress);
  supersede();
  stopButton.hidden = true;
  scrollWatch?.disconnect();
  summaryBox.replaceChildren();
  cardsBox.replaceChildren();
  resultsSection.hidden = true;
  resultsSection.removeAttribute('aria-busy');
  announcePageText((t) => t.stopped(sofar));
  // the button is gone: the focus goes where the analysis is started again
  explainButton.focus();
});

byId('clear').addEventListener('click', () => {
  supersede();
  stopButton.hidden = true; // (the focus goes to the box below)
  last = null;
  lastText = null;
  showPasteNote(false);
  markEmptyBox(false);
  textarea.value = '';
  fileInput.value = '';
  folderInput.value = '';
  scrollWatch?.disconnect();
  summaryBox.replaceChildren();
  cardsBox.replaceChildren();
  resultsSection.hidden = true;
  resultsSection.removeAttribute('aria-busy');
  announce('');
  textarea.focus();
});

fileInput.addEventListener('change', () => {
  if (fileInput.files?.length) void explainFiles([...fileInput.files].map((file) => ({ name: file.name, file })));
});

// a whole folder without dragging it: the button opens the browser's folder chooser
byId('pick-folder').addEventListener('click', () => folderInput.click());
folderInput.addEventListener('change', () => {
  if (folderInput.files?.length) void explainFiles(folderFiles([...folderInput.files]));
});

// files may be dropped on the zone or anywhere on the page; the browser must not open them instead
let dragDepth = 0;
const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
document.addEventListener('dragenter', (event) => {
  if (!hasFiles(event)) return;
  dragDepth++;
  dropZone.classList.add('dragging');
});
document.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) dropZone.classList.remove('dragging');
});
document.addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
});
document.addEventListener('drop', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  dragDepth = 0;
  dropZone.classList.remove('dragging');
  // folders too: read through the entries API, now, while the drop's data is still there
  if (event.dataTransfer) void explainFiles(droppedItems(event.dataTransfer));
});

langButton.addEventListener('click', () => {
  lang = lang === 'pt-BR' ? 'en' : 'pt-BR';
  remember(lang);
  showInAddress(lang);
  applyLanguage();
  // the results are words too: explain the same input again in the new language
  if (last) void run(last, 'none');
});

// an error no run caught (a handler of the page's own): shown and said, never a page that silently stops
window.addEventListener('error', (event) => failed(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => failed(event.reason));

applyLanguage();
// the page works now: "Explicar" can be used, and the note that the page is loading goes (styles.css)
explainButton.disabled = false;
document.documentElement.classList.add('js');
