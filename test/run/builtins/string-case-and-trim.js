// toUpperCase/toLowerCase (with special mappings) and trim/trimStart/trimEnd over all whitespace
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase(), 'ÀÉÎõü'.toLowerCase(), 'àéîõü'.toUpperCase());
console.log('straße'.toUpperCase(), 'ΣΑΣ'.toLowerCase(), 'Ωμέγα'.toUpperCase(), 'Привет'.toUpperCase(), 'ÿ'.toUpperCase());
console.log('ǅ'.toUpperCase(), 'ǅ'.toLowerCase(), 'İ'.toLowerCase().length, 'ﬁ'.toUpperCase(), 'µ'.toUpperCase());
console.log('123 !?'.toUpperCase(), ''.toLowerCase() === '', 'MiXeD 42'.toLowerCase());
console.log(String.prototype.toUpperCase.call(true), String.prototype.toLowerCase.call(['A', 'B']));
const ws = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const padded = ws + 'core text' + ws;
console.log(JSON.stringify(padded.trim()), JSON.stringify(padded.trimStart()).length, JSON.stringify(padded.trimEnd()).length);
console.log(JSON.stringify('\u200bzero width\u200b'.trim()), JSON.stringify('\u180e'.trim()), JSON.stringify('   '.trim()));
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd);
console.log(String.prototype.trimStart.name, String.prototype.trimEnd.name);
console.log(String.prototype.trim.call(12), String.prototype.trim.call({ toString() { return '  obj  '; } }));
for (const m of ['toUpperCase', 'toLowerCase', 'trim', 'trimStart', 'trimEnd']) {
  try { String.prototype[m].call(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }
}
