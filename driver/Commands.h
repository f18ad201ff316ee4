// Sub-commands of the kiln driver.
#pragma once

namespace kiln::driver {

/// `kiln parse FILE [--module|--script] [--dump-ast=json] [--stats]`
int runParse(int argc, char **argv);

/// `kiln build FILE [-o OUT] [-O0..-O3] [--emit=kir|llvm|asm|obj] [--target=TRIPLE] [--static] [-g] [-v]`
int runBuild(int argc, char **argv);

/// `kiln run [options] FILE [ARGS...]`: build into a cache and run, forwarding arguments,
/// standard streams and the exit status.
int runRun(int argc, char **argv);

} // namespace kiln::driver
