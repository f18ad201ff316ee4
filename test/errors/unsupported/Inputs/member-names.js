// Prints the own property names of process and console as `process.X` / `console.X`, one per
// line, sorted; names starting with '_' (node's internals) are left out.
for (const [name, object] of [['process', process], ['console', console]])
  for (const key of Object.getOwnPropertyNames(object).sort())
    if (!key.startsWith('_')) console.log(name + '.' + key);
