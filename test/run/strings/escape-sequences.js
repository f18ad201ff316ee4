// escape sequences in string literals produce the characters they name
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('tab:\tend');
console.log('new\nline');
console.log('quote\' double" back\\slash');
console.log("double \"quoted\" 'single'");
console.log('\x41\x42\x43 \u0044\u0045 \u{46}\u{47}');
console.log('nul[\0]'.length, 'cr\r'.length, '\v\f\b'.length);
console.log('\u00e9t\u00e9', 'caf\xe9');
console.log('line \
continues');
console.log('\a\c\d');
console.log('\u{1F600}'.length, '\u00e9'.length);
