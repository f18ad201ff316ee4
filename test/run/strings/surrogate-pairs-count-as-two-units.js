// characters outside the BMP are two UTF-16 code units: they count twice in length and print intact
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var s = 'a\u{1F600}b';
console.log(s, s.length);
console.log(s[0], s[3]);
console.log('\uD83D\uDE00' === '\u{1F600}');
var joined = '\uD83D' + '\uDE00';
console.log(joined, joined.length);
console.log('日本語', '日本語'.length, '日本語'[1]);
console.log('€'.length, 'naïve'.length);
