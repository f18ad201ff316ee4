// ?: evaluates only the chosen branch and nests to the right; the comma operator yields its last operand
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function t(v) {
  console.log('eval', v);
  return v;
}

function grade(n) {
  return n >= 90 ? 'A' : n >= 80 ? 'B' : n >= 70 ? 'C' : 'F';
}
console.log(grade(95), grade(85), grade(75), grade(10));
console.log(1 ? t('yes') : t('no'));
console.log('' ? t('yes') : t('no'));
var r = (t(1), t(2), t(3));
console.log(r);
var i, j;
for (i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
var z = (1, 2) ? (0, 'second') : 'third';
console.log(z);
