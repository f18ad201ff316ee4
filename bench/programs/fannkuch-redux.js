// Fannkuch-redux: over all permutations of 1..N (in the Benchmarks Game's order, which alternates
// the sign of the checksum), count the pancake flips each needs until 1 is in front; report the
// signed checksum of flip counts and the maximum (Computer Language Benchmarks Game).
// Exercises small integer arrays: element reads, writes and swaps in tight loops.
//
//   node fannkuch-redux.js [N]        default 10 (checksum 73196, max flips 38)
'use strict';

function fannkuch(n) {
  const perm = new Array(n).fill(0);   // the permutation being flipped
  const current = [];                  // the permutation being enumerated
  const count = new Array(n).fill(0);  // rotation counters: the enumeration's odometer
  for (let i = 0; i < n; i++) current.push(i);

  let checksum = 0, maxFlips = 0, permutationIndex = 0;
  let r = n;
  for (;;) {
    while (r !== 1) { count[r - 1] = r; r--; }

    // Flip the copy until its first element is 0.
    if (current[0] !== 0) {
      for (let i = 0; i < n; i++) perm[i] = current[i];
      let flips = 0;
      let first = perm[0];
      do {
        // Reverse perm[0..first].
        for (let lo = 1, hi = first - 1; lo < hi; lo++, hi--) {
          const t = perm[lo]; perm[lo] = perm[hi]; perm[hi] = t;
        }
        const next = perm[first];
        perm[first] = first;
        first = next;
        flips++;
      } while (first !== 0);
      if (flips > maxFlips) maxFlips = flips;
      checksum += permutationIndex % 2 === 0 ? flips : -flips;
    }

    // Next permutation: rotate the first r+1 elements left by one, carrying like an odometer.
    for (;;) {
      if (r === n) return { checksum, maxFlips };
      const first = current[0];
      for (let i = 0; i < r; i++) current[i] = current[i + 1];
      current[r] = first;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permutationIndex++;
  }
}

const n = process.argv.length > 2 ? Number(process.argv[2]) : 10;
const { checksum, maxFlips } = fannkuch(n);
console.log(`${checksum}\nPfannkuchen(${n}) = ${maxFlips}`);
