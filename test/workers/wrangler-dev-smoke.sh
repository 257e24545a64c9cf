#!/usr/bin/env bash
# Smoke check for `wrangler dev`, offline: migrate a throwaway local D1 with wrangler, start the
# worker in its own process group, ask it for /healthz and /api/v2/status.json, then stop the group.
# Usage: bash test/workers/wrangler-dev-smoke.sh   (exit 0 = pass)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
wrangler="$root/node_modules/.bin/wrangler"
export WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false CI=true
state="$(mktemp -d "${TMPDIR:-/tmp}/liaison-wrangler-smoke.XXXXXX")"
log="$state/wrangler-dev.log"
pgid=""

cleanup() {
  if [[ -n "$pgid" ]]; then
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 -- "-$pgid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pgid" 2>/dev/null || true
  fi
  rm -rf "$state"
}
trap cleanup EXIT

fail() {
  echo "wrangler dev smoke: FAIL: $*" >&2
  [[ -f "$log" ]] && tail -n 40 "$log" >&2
  exit 1
}

cd "$root"
"$wrangler" d1 migrations apply liaison --local --persist-to "$state" >"$state/migrate.log" 2>&1 \
  || { cat "$state/migrate.log" >&2; fail "migrations did not apply"; }

port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
base="http://127.0.0.1:$port"

# setsid: wrangler, workerd and esbuild share one new process group, stopped together in cleanup.
setsid "$wrangler" dev --ip 127.0.0.1 --port "$port" --persist-to "$state" \
  --var LIAISON_ADMIN_TOKEN:wrangler-dev-smoke-token >"$log" 2>&1 </dev/null &
pgid=$!

deadline=$((SECONDS + 60))
until curl -fsS -o /dev/null "$base/healthz" 2>/dev/null; do
  kill -0 "$pgid" 2>/dev/null || fail "wrangler dev exited before answering"
  ((SECONDS < deadline)) || fail "nothing answered at $base/healthz within 60 s"
  sleep 0.2
done

status="$(curl -fsS "$base/api/v2/status.json")" || fail "GET /api/v2/status.json failed"
node -e '
  const body = JSON.parse(process.argv[1]);
  if (body.status?.indicator !== "none" || typeof body.page?.name !== "string") {
    console.error("unexpected body:", process.argv[1]);
    process.exit(1);
  }
' "$status" || fail "/api/v2/status.json did not report an operational page"

# The D1 that wrangler migrated is the one the worker writes to.
code="$(curl -sS -o /dev/null -w '%{http_code}' -X POST "$base/api/v1/components" \
  -H 'authorization: Bearer wrangler-dev-smoke-token' -H 'content-type: application/json' \
  --data '{"name":"Smoke"}')"
[[ "$code" == 201 ]] || fail "POST /api/v1/components answered $code"
curl -fsS "$base/api/v2/components.json" | grep -q '"Smoke"' || fail "the new component is not on /api/v2/components.json"

echo "wrangler dev smoke: ok ($SECONDS s)"
