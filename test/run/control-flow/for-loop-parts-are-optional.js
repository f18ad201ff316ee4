// a for loop may omit its initializer, condition or update; a missing condition loops until break
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var out = '';
for (var i = 0; i < 5; i++) out += i;
console.log(out);
var j = 3;
for (; j > 0; ) {
  console.log('j', j);
  j--;
}
var count = 0;
for (;;) {
  if (++count === 4) break;
}
console.log('count', count);
for (var a = 0, b = 10; a < b; a += 2, b -= 2) console.log(a, b);
var total = 0;
for (var k = 0; k < 10; k++) {
  if (k % 3 === 0) continue;
  total += k;
}
console.log('total', total, 'k', k);
for (let x = 0; x < 0; x++) console.log('not printed');
