// break and continue out of a try block run its finally first, and finally can redirect them
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var log = '';
for (var i = 0; i < 4; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    log += 't' + i + ' ';
  } finally {
    log += 'f' + i + ' ';
  }
}
console.log(log);
log = '';
outer: for (var a = 0; a < 2; a++) {
  for (var b = 0; b < 2; b++) {
    try {
      try {
        if (b === 1) continue outer;
      } finally {
        log += 'inner' + a + b + ' ';
      }
    } finally {
      log += 'outer' + a + b + ' ';
    }
  }
}
console.log(log);
var n = 0;
while (true) {
  try {
    n++;
    throw new Error('dropped by break');
  } finally {
    if (n === 2) break;
    continue;
  }
}
console.log('n', n);
