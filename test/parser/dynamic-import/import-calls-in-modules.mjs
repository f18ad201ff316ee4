// import() inside module code, including at the top level with await
// RUN: %astdiff %s

export const lazy = () => import('./lazy.js');
await import('./top-level.js');
const { default: d } = await import('./default.js');
