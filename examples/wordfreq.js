'use strict';
// wordfreq: counts how often each word occurs in a text and prints the most frequent ones as an
// aligned table. Words are case-folded; anything that is not a letter, a digit or an apostrophe
// inside a word separates words. Ties are ordered alphabetically so the output is deterministic.
//
//   node examples/wordfreq.js                  the embedded sample text, top 10
//   node examples/wordfreq.js "some text" 5    the given text, top 5

const SAMPLE_TEXT = `
The river kept no calendar. It rose in the spring when the snow left the hills, and it fell in
the late summer when the fields were dry and the farmers watched the sky. The people of the
valley did not argue with the river; they built their houses on the high ground, they planted
their barley on the low ground, and they waited. "A patient farmer," the old saying went, "is a
farmer who owns a boat." When the water came, it came slowly, and the children ran down to the
bank to watch the brown current carry branches, fence posts and, once, a whole wooden door.

Nobody in the valley could say who had first measured the river. There was a stone at the ford,
and on the stone were marks, and beside each mark a number. The highest mark was older than the
oldest grandmother's memory. Every spring the miller walked down to the stone, looked at the
water, looked at the marks, and said the same thing: "Not this year." Every spring the people
believed him, and every spring, so far, the miller had been right.
`;

const DEFAULT_TOP = 10;

// Character classes by code unit: no regular expressions. Letters outside ASCII (é, ß, ж, ...) are
// recognised because they have distinct upper- and lower-case forms, which is enough for prose.
function isAsciiLetter(ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

function isDigit(ch) {
  return ch >= '0' && ch <= '9';
}

function isWordChar(ch) {
  if (isAsciiLetter(ch) || isDigit(ch)) return true;
  return ch.charCodeAt(0) > 127 && ch.toLowerCase() !== ch.toUpperCase();
}

function isApostrophe(ch) {
  return ch === "'" || ch === '\u2019';
}

// Splits the text into lower-case words. An apostrophe belongs to a word only between two word
// characters ("grandmother's", "don't"); quotes around a phrase are punctuation.
function words(text) {
  const found = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (isWordChar(ch)) {
      current += ch;
    } else if (
      isApostrophe(ch) &&
      current !== '' &&
      i + 1 < text.length &&
      isWordChar(text[i + 1])
    ) {
      current += "'";
    } else if (current !== '') {
      found.push(current.toLowerCase());
      current = '';
    }
  }
  if (current !== '') found.push(current.toLowerCase());
  return found;
}

class WordCounter {
  constructor() {
    this.counts = new Map();
    this.total = 0;
  }

  add(word) {
    this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    this.total++;
  }

  addAll(iterable) {
    for (const word of iterable) this.add(word);
    return this;
  }

  get distinct() {
    return this.counts.size;
  }

  // The n most frequent words: by count descending, then alphabetically.
  top(n) {
    const entries = [...this.counts].map(([word, count]) => ({ word, count }));
    entries.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    return entries.slice(0, n);
  }
}

function padRight(text, width) {
  return text + ' '.repeat(Math.max(0, width - text.length));
}

function padLeft(text, width) {
  return ' '.repeat(Math.max(0, width - text.length)) + text;
}

function formatPercent(part, whole) {
  return whole === 0 ? '0.0%' : `${((part * 100) / whole).toFixed(1)}%`;
}

// Renders rows (arrays of strings) under a header; columns listed in rightAligned are padded on
// the left so that numbers line up.
function renderTable(header, rows, rightAligned) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const renderRow = (row) =>
    row
      .map((cell, column) =>
        rightAligned.has(column) ? padLeft(cell, widths[column]) : padRight(cell, widths[column]),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [renderRow(header), rule, ...rows.map(renderRow)].join('\n');
}

function parseTopArgument(arg) {
  if (arg === undefined) return DEFAULT_TOP;
  const n = Number(arg);
  if (!Number.isInteger(n) || n <= 0) {
    throw new RangeError(`the number of words must be a positive integer, got '${arg}'`);
  }
  return n;
}

function main(argv) {
  const [text = SAMPLE_TEXT, topArg] = argv;
  let top;
  try {
    top = parseTopArgument(topArg);
  } catch (error) {
    console.error(`wordfreq: ${error.message}`);
    return 2;
  }

  const counter = new WordCounter().addAll(words(text));
  if (counter.total === 0) {
    console.log('no words found');
    return 0;
  }

  const rows = counter
    .top(top)
    .map(({ word, count }, index) => [
      String(index + 1),
      word,
      String(count),
      formatPercent(count, counter.total),
    ]);
  console.log(`${counter.total} words, ${counter.distinct} distinct; top ${rows.length}:`);
  console.log();
  console.log(renderTable(['#', 'word', 'count', 'share'], rows, new Set([0, 2, 3])));

  const longest = [...counter.counts.keys()].reduce(
    (best, word) =>
      word.length > best.length || (word.length === best.length && word < best) ? word : best,
    '',
  );
  const singletons = [...counter.counts.values()].filter((count) => count === 1).length;
  console.log();
  console.log(`longest word: ${longest} (${longest.length} letters)`);
  console.log(
    `words used once: ${singletons} (${formatPercent(singletons, counter.distinct)} of distinct)`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
