// String building: the string work of a report generator. Each round appends a hundred thousand
// small pieces with +=, builds a padded table with template literals and Array.join, splits and
// re-joins it, searches it with indexOf, and maps characters one at a time. The output hashes
// everything built. Exercises string concatenation (ropes or copies), number-to-string
// conversion, slicing, searching and short-lived string garbage.
//
//   node string-building.js [ROUNDS]        default 20 rounds
'use strict';

// FNV-1a over the UTF-16 code units of s, continuing from h.
function hash(h, s) {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

// 100,000 appends of numbers in base 36 and separators.
function appendPieces(round) {
  let s = '';
  for (let i = 0; i < 100000; i++) {
    s += (i * 7919 + round).toString(36);
    s += i % 10 === 9 ? '\n' : ',';
  }
  return s;
}

// A right-aligned table of 20,000 rows built with template literals, joined once.
function table(round) {
  const rows = [];
  for (let i = 0; i < 20000; i++) {
    const name = `item-${(i * 31 + round) % 1000}`;
    const price = ((i * 37) % 10000 / 100).toFixed(2);
    rows.push(`${String(i).padStart(6, '0')} | ${name.padEnd(10)} | ${price.padStart(8)} |`);
  }
  return rows.join('\n');
}

// Splits on a separator and rejoins with another; counts a needle with indexOf.
function reshape(s) {
  const fields = s.split(',');
  const joined = fields.join(';');
  let count = 0;
  for (let at = joined.indexOf('a'); at !== -1; at = joined.indexOf('a', at + 1)) count++;
  return { joined, count };
}

// Rot13 of the letters, character by character through String.fromCharCode.
function rot13(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) out += String.fromCharCode((c - 97 + 13) % 26 + 97);
    else if (c >= 65 && c <= 90) out += String.fromCharCode((c - 65 + 13) % 26 + 65);
    else out += s[i];
  }
  return out;
}

const rounds = process.argv.length > 2 ? Number(process.argv[2]) : 20;
let h = 0x811c9dc5, total = 0, needles = 0;
for (let round = 0; round < rounds; round++) {
  const pieces = appendPieces(round);
  const { joined, count } = reshape(pieces);
  const t = table(round);
  const shouted = rot13(t.slice(0, 200000)).toUpperCase();
  const replaced = t.replaceAll(' | ', '\t');
  h = hash(hash(hash(hash(h, joined), t), shouted), replaced);
  total += pieces.length + joined.length + t.length + shouted.length + replaced.length;
  needles += count;
}
console.log(`string-building ${rounds}: ${total} chars, ${needles} needles, hash ${h.toString(16)}`);
