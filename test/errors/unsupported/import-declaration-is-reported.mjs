// Import and export declarations need the module linker, which kiln does not have yet: the
// build exits with status 3 and names the construct.
// RUN: not %kiln build %s -o %t 2>&1 | FileCheck %s
// RUN: sh -c '%kiln build %s -o %t 2>/dev/null; test $? -eq 3'
// CHECK: import-declaration-is-reported.mjs:6:1: error: import and export declarations (linking modules) is not supported by kiln yet
import fs from "fs";
