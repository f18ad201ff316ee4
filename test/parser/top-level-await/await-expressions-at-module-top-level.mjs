// module code may 'await' at the top level, in any expression position
// RUN: %astdiff %s

await 0;
const value = await Promise.resolve(1);
export const doubled = (await value) * 2;
if (await value) { await null; }
for (const x of await list()) {}
label: { await x; }
try { await x; } catch { await y; } finally { await z; }
