// spreading a sparse array turns each hole into an explicit undefined element
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const sparse = [1, , 3];
const dense = [...sparse];
console.log(sparse, dense);
console.log(1 in sparse, 1 in dense, dense[1]);
let visitedSparse = 0;
sparse.forEach(() => visitedSparse++);
let visitedDense = 0;
dense.forEach(() => visitedDense++);
console.log(visitedSparse, visitedDense);
function count() {
  return arguments.length + ':' + (1 in arguments);
}
console.log(count(...sparse));
console.log([...[, ,]]);
