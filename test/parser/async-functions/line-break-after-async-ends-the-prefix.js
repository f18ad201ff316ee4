// a line break after 'async' means it is not an async prefix: 'async' becomes an expression statement
// RUN: %astdiff %s

async
function notAsync() {}
async
x => x;
({ async
  : 1 });
