// JSON round trip: generate a pseudo-random document of about 1 MB (records with integers,
// fractions, strings needing escapes, non-ASCII text, booleans, nulls, nested arrays and
// objects), then repeatedly stringify it, parse the text back and stringify again, checking that
// the two texts agree. Exercises JSON.stringify/parse, number printing and parsing, string
// escaping and object creation with many keys.
//
//   node json-roundtrip.js [ROUNDS]        default 30 round trips
'use strict';

// A 32-bit linear congruential generator: deterministic and exact in both engines.
let seed = 12345;
function random(limit) {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % limit;
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'quote"d', 'back\\slash', 'new\nline', 'tab\there',
  'café', 'naïve', 'Ωmega', '日本語', 'emoji 🎉', 'ctrl\u0001char', 'slash/ok', ''];

function word() { return WORDS[random(WORDS.length)]; }

function sentence() {
  const parts = [];
  for (let i = random(6) + 1; i > 0; i--) parts.push(word());
  return parts.join(' ');
}

function number() {
  switch (random(6)) {
    case 0: return random(1000);
    case 1: return -random(1000000);
    case 2: return random(100000) / 100;        // two decimals
    case 3: return random(1000) / 7;            // a full 17-digit fraction
    case 4: return random(1000) * 1e21;         // exponent notation
    default: return (random(1000) + 1) / 1e9;   // small, exponent notation below 1e-6
  }
}

function record(id) {
  return {
    id,
    name: sentence(),
    active: random(2) === 0,
    score: number(),
    tags: Array.from({ length: random(5) }, word),
    position: { x: number(), y: number(), z: random(3) === 0 ? null : number() },
    history: Array.from({ length: random(4) }, () => ({ at: random(100000), value: number(), note: sentence() })),
  };
}

// FNV-1a over the UTF-16 code units of s.
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const documentRecords = [];
for (let i = 0; i < 4000; i++) documentRecords.push(record(i));
const doc = { version: 1, generator: 'kiln bench', records: documentRecords };

const rounds = process.argv.length > 2 ? Number(process.argv[2]) : 30;
const text = JSON.stringify(doc);
let bytes = 0, ids = 0;
for (let round = 0; round < rounds; round++) {
  const parsed = JSON.parse(round === 0 ? text : JSON.stringify(doc));
  const again = JSON.stringify(parsed);
  if (again !== text) throw new Error(`json-roundtrip: round ${round} changed the text`);
  bytes += again.length;
  for (const r of parsed.records) ids += r.id + r.tags.length + r.history.length;
}
const pretty = JSON.stringify(JSON.parse(text), null, 2);
console.log(`json-roundtrip ${rounds}: ${text.length} chars, hash ${hash(text).toString(16)}, ` +
  `pretty ${pretty.length} chars, hash ${hash(pretty).toString(16)}, total ${bytes}, ids ${ids}`);
