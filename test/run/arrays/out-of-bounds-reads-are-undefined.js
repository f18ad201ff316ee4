// reading an index outside the array (negative, too large, or fractional) gives undefined and does not grow it
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var a = [10, 20, 30];
console.log(a[3], a[100], a[-1], a[1.5], a['1'], a['01']);
console.log(a.length);
a[-1] = 'negative key';
a[1.5] = 'fraction key';
console.log(a.length, a[-1], a[1.5]);
var i = 0;
var sum = 0;
while (a[i] !== undefined) {
  sum += a[i];
  i++;
}
console.log(sum, i);
