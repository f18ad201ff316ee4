// strings have a length and index to one-character strings; out-of-range indexes read undefined
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var s = 'kiln';
console.log(s.length, s[0], s[3], s[4], s[-1]);
console.log('kiln'[1], 'kiln'['2'], ''.length, ''[0]);
var i = 0;
var reversed = '';
while (i < s.length) {
  reversed = s[i] + reversed;
  i++;
}
console.log(reversed);
console.log(typeof s[0], s[0] === 'k', s[1.5]);
var count = 0;
var text = 'banana bandana';
for (var j = 0; j < text.length; j++) {
  if (text[j] === 'a') count++;
}
console.log('a appears', count, 'times in', text.length, 'characters');
