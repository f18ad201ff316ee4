// String.fromCharCode (ToUint16 of each argument) and String.fromCodePoint (RangeError for invalid code points)
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(String.fromCharCode(72, 105), String.fromCharCode(), String.fromCharCode(65.9, '66', 0x10043, -65471));
console.log(String.fromCharCode(0xD83D, 0xDE00), String.fromCharCode(0xe9).length, String.fromCharCode(NaN).charCodeAt(0));
console.log(String.fromCodePoint(0x1F600), String.fromCodePoint(97, 0x1F4A9, 98).length, String.fromCodePoint(), String.fromCodePoint('65'));
console.log(String.fromCodePoint(0x10FFFF).length, String.fromCodePoint(0xD800).charCodeAt(0), String.fromCodePoint(-0));
for (const bad of [-1, 0x110000, 1.5, NaN, Infinity, 'x', undefined]) {
  try { String.fromCodePoint(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log(String.fromCharCode.length, String.fromCodePoint.length, String.fromCharCode.name);
let s = '';
for (let i = 0; i < 128; i += 8) s += String.fromCharCode(i + 32);
console.log(s);
console.log(String.fromCharCode({ valueOf() { return 0x263A; } }));
