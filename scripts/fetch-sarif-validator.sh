#!/usr/bin/env bash
# Fetches Microsoft's SARIF Multitool (a self-contained Linux binary published on the npm
# registry) into target/sarif-validator/, where tests/scan.rs uses it to validate our SARIF
# against the official SARIF 2.1.0 schema and rules. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=target/sarif-validator
if [ -x "$dest/package/Sarif.Multitool" ]; then exit 0; fi
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-sarif-validator: npm not found; installing nodejs/npm" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq npm >/dev/null
fi
mkdir -p "$dest"
(cd "$dest" && npm pack --silent @microsoft/sarif-multitool-linux@5.7.0 >/dev/null 2>&1 && tar xzf microsoft-sarif-multitool-linux-5.7.0.tgz && rm -f ./*.tgz)
chmod +x "$dest/package/Sarif.Multitool"
