#!/usr/bin/env bash
# Fails on any high or critical advisory in the installed packages. When the registry's advisory
# service cannot be reached (some networks allow the registry but not its audit endpoint), says so
# plainly and does not fail: no advisory data is not the same as a known problem.
set -uo pipefail
cd "$(dirname "$0")/.."

output=$(npm audit --audit-level=high 2>&1)
status=$?
echo "$output" | tail -n 20
if [ "$status" -eq 0 ]; then
  echo "npm audit: no high or critical advisories."
  exit 0
fi
if echo "$output" | grep -qiE "audit endpoint returned an error|ENOAUDIT|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|405 Method Not Allowed"; then
  echo "npm audit: WARNING: the advisory service could not be reached from this network, so no advisory was checked."
  exit 0
fi
echo "npm audit: high or critical advisories found (see above)."
exit 1
