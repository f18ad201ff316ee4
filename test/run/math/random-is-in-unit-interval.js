// Math.random returns numbers in [0, 1) (the values themselves are not printed: they are not deterministic)
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var ok = true;
var distinct = 0;
var previous = -1;
for (var i = 0; i < 1000; i++) {
  var r = Math.random();
  if (typeof r !== 'number' || !(r >= 0 && r < 1)) ok = false;
  if (r !== previous) distinct++;
  previous = r;
}
console.log('all in [0, 1):', ok);
console.log('changes between calls:', distinct > 990);
var buckets = [0, 0, 0, 0];
for (var j = 0; j < 4000; j++) buckets[Math.floor(Math.random() * 4)]++;
console.log('every bucket used:', buckets[0] > 0 && buckets[1] > 0 && buckets[2] > 0 && buckets[3] > 0);
