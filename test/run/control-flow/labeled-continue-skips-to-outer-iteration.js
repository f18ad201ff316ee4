// continue with a label starts the next iteration of the labeled outer loop
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var primes = '';
candidates: for (var n = 2; n < 30; n++) {
  for (var d = 2; d * d <= n; d++) {
    if (n % d === 0) continue candidates;
  }
  primes += n + ' ';
}
console.log(primes);
var pairs = '';
rows: for (let r = 0; r < 3; r++) {
  for (let c = 0; c < 3; c++) {
    if (c > r) continue rows;
    pairs += r + '' + c + ' ';
  }
}
console.log(pairs);
var i = 0;
var log = '';
loop: do {
  i++;
  var j = 0;
  while (j < 3) {
    j++;
    if (j === 2) continue loop;
    log += i + '.' + j + ' ';
  }
} while (i < 3);
console.log(log);
