// export declarations are only allowed at the top level of a module
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}export-declaration-inside-block.mjs:6:3: error:

{
  export const x = 1;
}
