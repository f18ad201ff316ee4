// Binary-trees: allocate and walk many complete binary trees of varying depth while one long-lived
// tree stays reachable (Computer Language Benchmarks Game; its output format). Exercises
// allocation of small objects and the garbage collector. A tree of depth d has 2^(d+1) - 1 nodes,
// so every line's check value is known in advance.
//
//   node binary-trees.js [MAX_DEPTH]        default 17
'use strict';

class TreeNode {
  constructor(left, right) {
    this.left = left;
    this.right = right;
  }
  check() {
    return this.left === null ? 1 : 1 + this.left.check() + this.right.check();
  }
}

function bottomUpTree(depth) {
  return depth > 0 ? new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1)) : new TreeNode(null, null);
}

const minDepth = 4;
const maxDepth = Math.max(minDepth + 2, process.argv.length > 2 ? Number(process.argv[2]) : 17);

const stretchDepth = maxDepth + 1;
console.log(`stretch tree of depth ${stretchDepth}\t check: ${bottomUpTree(stretchDepth).check()}`);

const longLived = bottomUpTree(maxDepth);
for (let depth = minDepth; depth <= maxDepth; depth += 2) {
  const iterations = 1 << (maxDepth - depth + minDepth);
  let check = 0;
  for (let i = 0; i < iterations; i++) check += bottomUpTree(depth).check();
  console.log(`${iterations}\t trees of depth ${depth}\t check: ${check}`);
}
console.log(`long lived tree of depth ${maxDepth}\t check: ${longLived.check()}`);
