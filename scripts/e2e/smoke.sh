#!/usr/bin/env bash
# Smoke test of the pinned n8n runtime (scripts/e2e/ensure-n8n.sh):
#   1. import:workflow + execute   (manual trigger -> Set with an expression -> NoOp)
#   2. execute a Code node         (JS task runner child process on Node 24)
#   3. import:credentials          (decrypted httpHeaderAuth) + export round trip
#   4. execute HTTP Request with that credential against a local mock server
#   5. n8n start -> GET /healthz 200 -> SIGTERM -> clean exit
# Everything runs in a temp N8N_USER_FOLDER and talks only to 127.0.0.1.
# Env: SMOKE_PORT (5690), SMOKE_BROKER_PORT (5699), SMOKE_MOCK_PORT (5691),
#      SMOKE_KEEP=1 keeps the temp folder.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$SCRIPT_DIR/ensure-n8n.sh"
# shellcheck source=n8n-env.sh
source "$SCRIPT_DIR/n8n-env.sh"

PORT="${SMOKE_PORT:-5690}"
BROKER_PORT="${SMOKE_BROKER_PORT:-5699}"
MOCK_PORT="${SMOKE_MOCK_PORT:-5691}"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/n8n-smoke.XXXXXX")"
export N8N_USER_FOLDER="$WORK/user"
export N8N_ENCRYPTION_KEY="smoke-encryption-key-0123456789abcdef"
export N8N_RUNNERS_BROKER_PORT="$BROKER_PORT"
export N8N_PORT="$PORT" N8N_HOST=127.0.0.1 N8N_LISTEN_ADDRESS=127.0.0.1
mkdir -p "$N8N_USER_FOLDER"

N8N_PID=""
MOCK_PID=""
stop_pid() { # pid: SIGTERM, wait up to 15 s, then SIGKILL it and its children
  local pid="$1" i
  kill -TERM "$pid" 2>/dev/null || return 0
  for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.25; done
  pkill -KILL -P "$pid" 2>/dev/null || true
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  [ -n "$N8N_PID" ] && stop_pid "$N8N_PID"
  [ -n "$MOCK_PID" ] && stop_pid "$MOCK_PID"
  if [ -n "${SMOKE_KEEP:-}" ]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

PASSED=0
FAILED=0
pass() { PASSED=$((PASSED + 1)); echo "ok   - $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL - $*"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# Extract the execution JSON printed by `n8n execute --rawOutput` (it is logged
# at info level after other log lines) and evaluate a JS predicate on it.
check_run() { # outfile predicate-js
  node -e '
    const fs = require("fs");
    const text = fs.readFileSync(process.argv[1], "utf8").replace(/\x1b\[[0-9;]*m/g, "");
    const lines = text.split("\n");
    const start = lines.findIndex((l) => l === "{");
    if (start < 0) { console.error("no JSON in output"); process.exit(1); }
    let end = lines.length;
    while (end > start) { try { globalThis.run = JSON.parse(lines.slice(start, end).join("\n")); break; } catch { end--; } }
    if (!globalThis.run) { console.error("unparsable JSON"); process.exit(1); }
    const out = (node) => run.data.resultData.runData[node]?.[0]?.data?.main?.[0]?.map((i) => i.json);
    const ok = run.status === "success" && run.finished === true && eval(process.argv[2]);
    if (!ok) { console.error(JSON.stringify(run.data.resultData, null, 1).slice(0, 3000)); process.exit(1); }
  ' "$1" "$2"
}

# ---------------------------------------------------------------- workflows
cat >"$WORK/workflows.json" <<'EOF'
[
  {
    "id": "SmokeTestWf00001",
    "name": "smoke: manual -> set -> noop",
    "active": false,
    "nodes": [
      { "id": "0b7a4bf6-0000-4000-8000-000000000001", "name": "Start", "type": "n8n-nodes-base.manualTrigger", "typeVersion": 1, "position": [0, 0], "parameters": {} },
      { "id": "0b7a4bf6-0000-4000-8000-000000000002", "name": "Set", "type": "n8n-nodes-base.set", "typeVersion": 3.4, "position": [200, 0],
        "parameters": { "mode": "manual", "options": {},
          "assignments": { "assignments": [
            { "id": "a1", "name": "hello", "value": "world", "type": "string" },
            { "id": "a2", "name": "sum", "value": "={{ 40 + 2 }}", "type": "number" } ] } } },
      { "id": "0b7a4bf6-0000-4000-8000-000000000003", "name": "NoOp", "type": "n8n-nodes-base.noOp", "typeVersion": 1, "position": [400, 0], "parameters": {} }
    ],
    "connections": {
      "Start": { "main": [[{ "node": "Set", "type": "main", "index": 0 }]] },
      "Set": { "main": [[{ "node": "NoOp", "type": "main", "index": 0 }]] }
    },
    "settings": { "executionOrder": "v1" }
  },
  {
    "id": "SmokeTestWf00002",
    "name": "smoke: code node",
    "active": false,
    "nodes": [
      { "id": "0b7a4bf6-0000-4000-8000-000000000011", "name": "Start", "type": "n8n-nodes-base.manualTrigger", "typeVersion": 1, "position": [0, 0], "parameters": {} },
      { "id": "0b7a4bf6-0000-4000-8000-000000000012", "name": "Code", "type": "n8n-nodes-base.code", "typeVersion": 2, "position": [200, 0],
        "parameters": { "jsCode": "return [{ json: { fromCode: 6 * 7 } }];" } }
    ],
    "connections": { "Start": { "main": [[{ "node": "Code", "type": "main", "index": 0 }]] } },
    "settings": { "executionOrder": "v1" }
  }
]
EOF
sed "s/__MOCK_PORT__/$MOCK_PORT/" >"$WORK/workflow-http.json" <<'EOF'
[
  {
    "id": "SmokeTestWf00003",
    "name": "smoke: http request with header auth",
    "active": false,
    "nodes": [
      { "id": "0b7a4bf6-0000-4000-8000-000000000021", "name": "Start", "type": "n8n-nodes-base.manualTrigger", "typeVersion": 1, "position": [0, 0], "parameters": {} },
      { "id": "0b7a4bf6-0000-4000-8000-000000000022", "name": "HTTP", "type": "n8n-nodes-base.httpRequest", "typeVersion": 4.2, "position": [200, 0],
        "parameters": { "method": "GET", "url": "http://127.0.0.1:__MOCK_PORT__/echo",
          "authentication": "genericCredentialType", "genericAuthType": "httpHeaderAuth", "options": {} },
        "credentials": { "httpHeaderAuth": { "id": "SmokeCred0000001", "name": "smoke header auth" } } }
    ],
    "connections": { "Start": { "main": [[{ "node": "HTTP", "type": "main", "index": 0 }]] } },
    "settings": { "executionOrder": "v1" }
  }
]
EOF
cat >"$WORK/credentials.json" <<'EOF'
[
  { "id": "SmokeCred0000001", "name": "smoke header auth", "type": "httpHeaderAuth",
    "data": { "name": "X-Api-Key", "value": "smoke-secret-value" } }
]
EOF

# ------------------------------------------------------------------- tests
T="$(now)"
if "$N8N_BIN" import:workflow --input="$WORK/workflows.json" >"$WORK/import-wf.log" 2>&1; then
  pass "import:workflow (first run creates the DB + migrations: $(secs "$T")s)"
else
  fail "import:workflow"; tail -20 "$WORK/import-wf.log"
fi

T="$(now)"
if "$N8N_BIN" execute --id=SmokeTestWf00001 --rawOutput >"$WORK/exec1.out" 2>&1 &&
  check_run "$WORK/exec1.out" 'out("NoOp")[0].hello === "world" && out("NoOp")[0].sum === 42'; then
  pass "execute manual->set->noop, expression evaluated ($(secs "$T")s)"
else
  fail "execute manual->set->noop"; tail -30 "$WORK/exec1.out"
fi

T="$(now)"
if "$N8N_BIN" execute --id=SmokeTestWf00002 --rawOutput >"$WORK/exec2.out" 2>&1 &&
  check_run "$WORK/exec2.out" 'out("Code")[0].fromCode === 42'; then
  pass "execute code node via task runner ($(secs "$T")s)"
else
  fail "execute code node"; tail -30 "$WORK/exec2.out"
fi

T="$(now)"
if "$N8N_BIN" import:credentials --input="$WORK/credentials.json" >"$WORK/import-cred.log" 2>&1 &&
  "$N8N_BIN" export:credentials --id=SmokeCred0000001 --decrypted --output="$WORK/cred-export.json" >"$WORK/export-cred.log" 2>&1 &&
  node -e '
    const [c] = require(process.argv[1]);
    process.exit(c.type === "httpHeaderAuth" && c.data.value === "smoke-secret-value" ? 0 : 1)' "$WORK/cred-export.json"; then
  pass "import:credentials + decrypted export round trip ($(secs "$T")s)"
else
  fail "import:credentials"; tail -20 "$WORK/import-cred.log" "$WORK/export-cred.log" 2>/dev/null || true
fi

# mock API on loopback that echoes the auth header
node -e '
  require("http").createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ path: req.url, apiKey: req.headers["x-api-key"] || null }));
  }).listen(Number(process.argv[1]), "127.0.0.1");' "$MOCK_PORT" >"$WORK/mock.log" 2>&1 &
MOCK_PID=$!
T="$(now)"
if "$N8N_BIN" import:workflow --input="$WORK/workflow-http.json" >"$WORK/import-wf3.log" 2>&1 &&
  "$N8N_BIN" execute --id=SmokeTestWf00003 --rawOutput >"$WORK/exec3.out" 2>&1 &&
  check_run "$WORK/exec3.out" 'out("HTTP")[0].apiKey === "smoke-secret-value" && out("HTTP")[0].path === "/echo"'; then
  pass "execute HTTP Request with imported credential against 127.0.0.1 ($(secs "$T")s incl. import)"
else
  fail "execute HTTP Request with credential"; tail -30 "$WORK/exec3.out" 2>/dev/null || tail -20 "$WORK/import-wf3.log"
fi
stop_pid "$MOCK_PID"
MOCK_PID=""

if curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz"; then
  fail "port $PORT is already in use; set SMOKE_PORT"
else
  T="$(now)"
  "$N8N_BIN" start >"$WORK/start.log" 2>&1 &
  N8N_PID=$!
  code=000
  healthy=""
  for _ in $(seq 1 480); do
    if [ -z "$healthy" ]; then
      code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/healthz" || true)"
      [ "$code" = 200 ] && healthy="$(secs "$T")"
    fi
    if [ -n "$healthy" ]; then
      # /healthz answers as soon as the HTTP server listens; /healthz/readiness
      # only once start-up has finished (stopping n8n before that crashes it)
      code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/healthz/readiness" || true)"
      [ "$code" = 200 ] && break
    fi
    kill -0 "$N8N_PID" 2>/dev/null || break
    sleep 0.25
  done
  if [ -n "$healthy" ] && [ "$code" = 200 ]; then
    pass "n8n start: GET /healthz -> 200 after ${healthy}s, /healthz/readiness -> 200 after $(secs "$T")s"
  else
    fail "n8n start: healthz=${healthy:-never} readiness=$code"; tail -30 "$WORK/start.log"
  fi
  CHILDREN="$(pgrep -P "$N8N_PID" | tr '\n' ' ' || true)"   # the JS task runner
  T="$(now)"
  kill -TERM "$N8N_PID" 2>/dev/null || true
  rc=0
  wait "$N8N_PID" || rc=$?
  if [ "$rc" = 0 ]; then
    pass "n8n start: SIGTERM -> clean exit in $(secs "$T")s"
  else
    fail "n8n start exited with $rc after SIGTERM"; tail -20 "$WORK/start.log"
  fi
  # its task runner child must be gone with it
  sleep 0.5
  for c in $CHILDREN; do
    if kill -0 "$c" 2>/dev/null; then
      fail "child process $c of n8n still alive after exit"
      kill -KILL "$c" 2>/dev/null || true
    fi
  done
  N8N_PID=""
fi

if grep -hiE "ENOTFOUND|EAI_AGAIN|ECONNREFUSED.*(n8n\.io|n8n\.cloud)" "$WORK"/*.log "$WORK"/*.out >/dev/null 2>&1; then
  fail "n8n tried to reach the internet:"
  grep -hiE "ENOTFOUND|EAI_AGAIN" "$WORK"/*.log "$WORK"/*.out | sort -u | head -5
else
  pass "no attempt to reach the internet in the logs"
fi

echo "cache size: $(du -sh "$N8N_RUNTIME_DIR" 2>/dev/null | cut -f1)"
echo "smoke: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
