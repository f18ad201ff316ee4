// 'async' followed by a line break is not an async function: this exports the identifier 'async', then declares f
// RUN: %astdiff %s

export default async
function f() {}
