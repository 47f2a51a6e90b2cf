#!/usr/bin/env bash
# Installs what building and testing pgscreen needs that a fresh Debian machine may lack: a C
# compiler and libclang (pg_query's build compiles libpg_query and runs bindgen), and PostgreSQL
# (server and client: `verify`'s differential test restores every case into a throwaway cluster,
# and the archive tests compare with pg_restore), and builds of PostgreSQL 10-18 for the version
# matrix (scripts/pg-binaries.sh). Idempotent; quiet when all is present.
#   bash scripts/setup.sh            # build and test prerequisites
#   bash scripts/setup.sh --build    # only what building needs (the demo: running needs no PostgreSQL)
set -euo pipefail
build_only=false
[ "${1:-}" = "--build" ] && build_only=true
need=()
command -v cc >/dev/null 2>&1 || need+=(build-essential)
# bindgen loads libclang itself (libclang.so*, libclang-NN.so*); libclang-cpp, which some
# images carry without it, does not do.
# (`ls A B` fails when any one pattern matches nothing, so each is tried on its own.)
have_libclang=false
for p in '/usr/lib/llvm-*/lib/libclang.so*' '/usr/lib/llvm-*/lib/libclang-[0-9]*.so*' \
    '/usr/lib/x86_64-linux-gnu/libclang.so*' '/usr/lib/x86_64-linux-gnu/libclang-[0-9]*.so*'; do
  compgen -G "$p" >/dev/null && have_libclang=true
done
$have_libclang || need+=(libclang-dev)
$build_only || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if ((${#need[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing ${need[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Real PostgreSQL 10-18 for the version matrix (tests/matrix.rs), cached in target/pg.
if ! $build_only; then
  for v in 10 11 12 13 14 15 16 17 18; do
    bash "$(dirname "$0")/pg-binaries.sh" "$v" >/dev/null || echo "setup: PostgreSQL $v binaries unavailable" >&2
  done
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo not found; install Rust (rustup) first" >&2
  exit 2
fi
