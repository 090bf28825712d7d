#!/usr/bin/env bash
# Alerta never uses the network. Fail if any HTTP or TLS client crate is in
# the normal (non-dev) dependency tree.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=$(cargo tree --edges normal --prefix none --format '{p}' | awk '{print $1}' | sort -u)
banned='^(reqwest|hyper|hyper-util|ureq|curl|curl-sys|isahc|surf|attohttpc|ehttp|rustls|native-tls|openssl|openssl-sys|tokio-rustls|tokio-native-tls|h2|http-body|async-tls|webpki|webpki-roots)$'
found=$(printf '%s\n' "$tree" | grep -E "$banned" || true)
if [ -n "$found" ]; then
  echo "network or TLS client crates found in the dependency tree:"
  printf '  %s\n' $found
  exit 1
fi
echo "no HTTP or TLS client crates among $(printf '%s\n' "$tree" | wc -l) dependencies"
