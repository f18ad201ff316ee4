// strings compare lexicographically by UTF-16 code units, so uppercase sorts before lowercase
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('a' < 'b', 'b' < 'a', 'Z' < 'a', 'a' < 'Z');
console.log('apple' < 'apricot', 'app' < 'apple', 'apple' < 'app');
console.log('10' < '2', '100' > '99', '' < ' ');
console.log('\u00e9' > 'z', '\uffff' > '\u{1F600}');
console.log('abc' === 'abc', 'abc' == 'ABC', 'a' + 'bc' === 'abc');
console.log('abc' <= 'abc', 'abc' >= 'abd');
function max(a, b) {
  return a > b ? a : b;
}
console.log(max('pear', 'peach'), max('Zebra', 'aardvark'));
