// an error thrown several calls deep ends the program after the output so far, with finally blocks run
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function inner(n) {
  if (n === 2) throw new RangeError('inner failed at ' + n);
  console.log('inner ok', n);
}
function middle(n) {
  try {
    inner(n);
  } finally {
    console.log('middle cleanup', n);
  }
}
for (var i = 0; i < 5; i++) middle(i);
console.log('not printed');
