// 'export default' of an anonymous async generator declaration
// RUN: %astdiff %s

export default async function* () {}
