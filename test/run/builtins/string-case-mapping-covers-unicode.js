// toUpperCase/toLowerCase agree with node on every code point (hashed) and on final-sigma and special-casing samples
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

let h1 = 0, h2 = 0, bad = 0;
for (let cp = 0; cp <= 0x10FFFF; cp += 1) {
  if (cp >= 0xD800 && cp <= 0xDFFF) continue;
  const s = String.fromCodePoint(cp);
  const u = s.toUpperCase(), l = s.toLowerCase();
  for (let i = 0; i < u.length; i++) h1 = (h1 * 31 + u.charCodeAt(i)) % 1000000007;
  for (let i = 0; i < l.length; i++) h2 = (h2 * 31 + l.charCodeAt(i)) % 1000000007;
}
console.log(h1, h2);
const samples = ['ΣΑΣ', 'ΟΔΟΣ ΟΔΟΣ.', 'Σ', 'aΣ', 'aΣb', "A'Σ", "AΣ'", "AΣ'B", 'ΑΣ\u0301', 'Σ\u0301A', '1Σ', 'ΑΣ1', 'ὈΔΥΣΣΕΎΣ', 'İstanbul', 'ǅungla', 'ﬀﬁﬂ', 'ŉ', 'ΐ', 'Straße', '\uD801\uDC00\uD801\uDC28', 'ꞵ', '\u1E9E', 'Ꭰꭰ', 'x\uD800y'];
for (const s of samples) console.log(JSON.stringify(s.toLowerCase()), JSON.stringify(s.toUpperCase()));
