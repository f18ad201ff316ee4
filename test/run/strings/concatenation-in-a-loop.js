// repeated concatenation builds long strings with the right length and contents
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var s = '';
for (var i = 0; i < 1000; i++) {
  s += i % 10;
}
console.log(s.length, s[0], s[9], s[999], s[500]);
var doubled = 'ab';
for (var j = 0; j < 16; j++) {
  doubled = doubled + doubled;
}
console.log(doubled.length, doubled[131071]);
var parts = '';
for (var k = 1; k <= 5; k++) {
  parts = parts + (k > 1 ? ',' : '') + k * k;
}
console.log(parts);
var row = '';
for (var r = 0; r < 3; r++) {
  row = '';
  for (var c = 0; c < 4; c++) row += (r + c) % 2 ? '#' : '.';
  console.log(row);
}
