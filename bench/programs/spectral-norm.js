// Spectral norm: the largest singular value of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1)
// truncated to N x N, by 10 rounds of the power method on AᵀA (Computer Language Benchmarks Game).
// Exercises float arithmetic, integer index math and Float64-valued plain arrays.
//
//   node spectral-norm.js [N]        default 3,000
'use strict';

function a(i, j) {
  return 1 / (((i + j) * (i + j + 1)) / 2 + i + 1);
}

// out = A · v
function multiplyAv(n, v, out) {
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += a(i, j) * v[j];
    out[i] = sum;
  }
}

// out = Aᵀ · v
function multiplyAtv(n, v, out) {
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += a(j, i) * v[j];
    out[i] = sum;
  }
}

// out = AᵀA · v, through the scratch vector tmp
function multiplyAtAv(n, v, out, tmp) {
  multiplyAv(n, v, tmp);
  multiplyAtv(n, tmp, out);
}

function filled(n, x) {
  const array = [];
  for (let i = 0; i < n; i++) array.push(x);
  return array;
}

function spectralNorm(n) {
  const u = filled(n, 1), v = filled(n, 0), tmp = filled(n, 0);
  for (let round = 0; round < 10; round++) {
    multiplyAtAv(n, u, v, tmp);
    multiplyAtAv(n, v, u, tmp);
  }
  let uv = 0, vv = 0;
  for (let i = 0; i < n; i++) {
    uv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return Math.sqrt(uv / vv);
}

const n = process.argv.length > 2 ? Number(process.argv[2]) : 3000;
console.log(`spectral-norm ${n}: ${spectralNorm(n).toFixed(9)}`);
