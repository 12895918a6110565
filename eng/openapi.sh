#!/usr/bin/env bash
# Sourced by test.sh: ensure_openapi_validator installs a standard OpenAPI 3.x validator from npm
# (@seriousme/openapi-schema-validator, pinned) into artifacts/node and exports DOCKET_OPENAPI_VALIDATOR, the
# command-line validator the web tests run on the served /openapi/v1.json.
openapi_validator_version="2.11.0"

ensure_openapi_validator() {
  command -v node >/dev/null 2>&1 || return 1
  local prefix="$PWD/artifacts/node"
  local bin="$prefix/node_modules/.bin/validate-api"
  if [ ! -x "$bin" ]; then
    mkdir -p "$prefix"
    npm install --no-save --no-audit --no-fund --silent --prefix "$prefix" \
      "@seriousme/openapi-schema-validator@$openapi_validator_version" >/dev/null 2>&1 || return 1
  fi
  [ -x "$bin" ] || return 1
  export DOCKET_OPENAPI_VALIDATOR="$bin"
}
