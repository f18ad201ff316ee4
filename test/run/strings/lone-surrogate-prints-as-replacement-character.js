// a lone surrogate has no UTF-8 encoding, so writing it to stdout prints U+FFFD
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var face = '\u{1F600}';
console.log(face[0]);
console.log('[' + face[1] + ']');
console.log('x\uD800y');
console.log(face[0].length, face[0] === '\uD83D');
var pieces = face[0] + face[1];
console.log(pieces, pieces === face);
console.log(['\uDE00']);
