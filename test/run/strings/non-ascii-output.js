// strings containing non-ASCII characters are written to stdout as UTF-8
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('Grüße, Zoë — ¿qué tal? ½ ° ©');
console.log('Ελληνικά Русский עברית العربية');
console.log('中文 日本語 한국어');
console.log('emoji: \u{1F680} \u{1F389} \u2764');
var word = 'straße';
console.log(word.length, word[4], `${word}!`);
console.log(['ñ', 'ü'], { 'ключ': 'значение' });
