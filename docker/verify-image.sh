#!/usr/bin/env bash
# Replays docker/Dockerfile for every app without a Docker engine (CI has none), so a broken image recipe
# fails CI. The instructions are read from the Dockerfile itself, with "/" of each image being a temporary
# directory:
#   - the build stage is this checkout at /app after `npm ci` and `npm run build` (built here if needed);
#     its per-app part (the RUN instructions after its `ARG APP`) runs per app in the checkout, with
#     /image (that part's output) standing for a per-app temporary directory;
#   - then, per app (scripts/apps.js), the whole runtime stage: ARG, LABEL, WORKDIR, ENV, COPY
#     (`--from=build /app/x` is x of this checkout, `--from=build /image/x` the per-app output), RUN (the
#     production install through the local npm cache, with the npm the base image bundles), USER, EXPOSE
#     (must be the app's port), HEALTHCHECK and CMD;
#   - the image's contents are checked: its app and no other app's code (no upstream-stubs in a service image), no
#     test helpers, no embedded database (PGlite), no devDependency, every package its lock names;
#   - the app starts with the image's command and env in a clean environment, as the image's user over
#     root-owned files (so writes outside /tmp fail as on a read-only root), like the compose "local"
#     service: ENV_FILE is this checkout's .env.local, plus what that service sets except addresses of
#     other containers, its bind mounts copied in, PORT a free loopback port, and DATABASE_URL an embedded
#     PostgreSQL run from this checkout (standing in for the compose postgres service);
#   - the image's own HEALTHCHECK command must pass; a service image must answer no token-minting path of
#     the stubs; after SIGTERM /health/readiness must answer 503 (draining) and the process must exit 0.
# Supported syntax: ${VAR} substitution, ENV key=value pairs, exec-form (JSON) CMD and HEALTHCHECK.
# Output ends with "verify-image: N passed, N failed"; the exit status is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dockerfile=docker/Dockerfile
env_file=${VERIFY_IMAGE_ENV_FILE:-$repo/.env.local} # the override is for trying out an env file before committing it
start_timeout_s=90
stop_timeout_s=30
build_out=/image # where the build stage's per-app part writes (docker/Dockerfile)

passed=0
failed=0
finish() {
  echo "verify-image: ${passed} passed, ${failed} failed"
  [ "$failed" -eq 0 ]
  exit
}

if [ ! -f "$env_file" ]; then
  echo "FAIL $env_file is missing: the images are started with it (ENV_FILE), as the compose 'local' profile does"
  failed=1
  finish
fi

mapfile -t app_lines < <(node -p "require('./scripts/apps.js').apps.map((a) => [a.name, a.port, a.database].join(' ')).join('\n')")

compose_service() { # prints, NUL-separated, what the compose "local" service of app $1 adds: "env NAME=value" (except addresses of other containers) and "mount <source> <target>" (bind mounts of this checkout)
  node -e '
    const compose = require("yaml").parse(require("fs").readFileSync("docker-compose.yml", "utf8"), { merge: true });
    const service = Object.values(compose.services).find((s) => s.profiles?.includes("local") && s.build?.args?.APP === process.argv[1]);
    for (const [name, value] of Object.entries(service?.environment ?? {})) {
      if (!String(value).includes("://")) process.stdout.write(`env ${name}=${value}\0`);
    }
    for (const volume of service?.volumes ?? []) {
      const [source, target] = volume.split(":");
      if (source.startsWith("./")) process.stdout.write(`mount ${source} ${target}\0`);
    }' "$1"
}

missing_build=0
for line in "${app_lines[@]}"; do [ -f "dist/apps/${line%% *}/main.js" ] || missing_build=1; done
if [ "$missing_build" -eq 1 ]; then
  echo "==> dist/ is incomplete: npm run build"
  npm run --silent build || { echo "FAIL npm run build"; failed=1; finish; }
fi

# One stage's instructions, one per line: comments dropped, continuation lines joined.
stage_of() {
  awk -v want="$1" '
    /^[[:space:]]*#/ { next }
    { line = line $0 }
    /\\[[:space:]]*$/ { sub(/\\[[:space:]]*$/, "", line); next }
    {
      if (in_stage && line ~ /^FROM[[:space:]]/) exit
      if (in_stage && line ~ /[^[:space:]]/) print line
      if (line ~ ("^FROM[[:space:]].*[[:space:]][Aa][Ss][[:space:]]+" want "[[:space:]]*$")) in_stage = 1
      line = ""
    }' "$dockerfile"
}
mapfile -t stage < <(stage_of runtime)
mapfile -t build_stage < <(stage_of build)
if [ "${#stage[@]}" -eq 0 ] || [ "${#build_stage[@]}" -eq 0 ]; then
  echo "FAIL $dockerfile needs stages named build and runtime"
  failed=1
  finish
fi
# The build stage's per-app part: what follows its ARG APP (the shared part is this checkout, built).
build_per_app=()
for i in "${!build_stage[@]}"; do
  if [[ ${build_stage[$i]} =~ ^ARG[[:space:]]+APP([=[:space:]]|$) ]]; then build_per_app=("${build_stage[@]:i+1}"); break; fi
done
if [ "${#build_per_app[@]}" -eq 0 ]; then
  echo "FAIL the build stage has no per-app part after ARG APP"
  failed=1
  finish
fi

tmp=$(mktemp -d)
stop_databases() { # the stand-in databases (their pids are in files: they are started in subshells)
  local file
  for file in "$tmp"/*/database.pid; do [ -f "$file" ] && kill -TERM "$(cat "$file")" 2>/dev/null && rm -f "$file"; done
}
cleanup() {
  stop_databases
  sleep 0.5
  rm -rf "$tmp"
}
trap cleanup EXIT
npm_cache=$(npm config get cache)

# The base image's Node and npm, not this machine's: npm majors differ in what `npm ci` accepts.
image_node=$(sed -nE 's/^ARG NODE_IMAGE=node:([0-9]+\.[0-9]+\.[0-9]+)-slim$/\1/p' "$dockerfile")
if [ "$(node -p 'process.versions.node')" != "$image_node" ]; then
  echo "FAIL the image runs Node ${image_node:-? (ARG NODE_IMAGE=node:<x.y.z>-slim)}, this machine $(node -v): the replay would not be faithful"
  failed=1
  finish
fi
case ${image_node%%.*} in
  20 | 22) image_npm=npm@10 ;; # the npm those images bundle
  *) image_npm=npm@11 ;;
esac
mkdir -p "$tmp/.image-npm"
printf '#!/bin/sh\nexec npx --yes %s "$@"\n' "$image_npm" >"$tmp/.image-npm/npm"
chmod +x "$tmp/.image-npm/npm"

declare -A vars=()     # what ${VAR} expands to while building: ARGs and ENVs
declare -A env_vars=() # what the container's environment holds: ENVs only
declare -A build_args=()
root=""                # the image's "/" (per app)
app_build=""           # the build stage's per-app output directory (per app)
workdir=""
run_as=""              # USER as uid:gid ("" = root)
health_cmd=()
run_cmd=()

expand() {
  local text=$1 out=""
  while [[ $text =~ \$\{([A-Za-z_][A-Za-z0-9_]*)\} ]]; do
    out+="${text%%"${BASH_REMATCH[0]}"*}${vars[${BASH_REMATCH[1]}]-}"
    text=${text#*"${BASH_REMATCH[0]}"}
  done
  printf '%s' "$out$text"
}

json_array() { # prints the elements of an exec-form JSON array, NUL-separated
  node -e 'const a = JSON.parse(process.argv[1]); if (!Array.isArray(a)) throw new Error("not a JSON array"); process.stdout.write(a.map(String).join("\0"))' "$1"
}

in_image() { # an image path as a path under the temporary root
  case $1 in
    /*) printf '%s' "$root$1" ;;
    *) printf '%s' "$workdir/$1" ;;
  esac
}

env_list() { # NAME=value words for env -i
  local name
  for name in "${!env_vars[@]}"; do printf '%s=%s\0' "$name" "${env_vars[$name]}"; done
}

build_env() { # NAME=value words of the ARGs and ENVs in scope, for a RUN
  local name
  for name in "${!vars[@]}"; do printf '%s=%s\0' "$name" "${vars[$name]}"; done
  # How this machine reaches the registry (its CA bundle, proxy, npm user config) is not image state:
  # a build host supplies its own the same way.
  for name in NODE_EXTRA_CA_CERTS SSL_CERT_FILE SSL_CERT_DIR HTTP_PROXY HTTPS_PROXY NO_PROXY http_proxy https_proxy no_proxy; do
    [ -n "${!name-}" ] && printf '%s=%s\0' "$name" "${!name}"
  done
  [ -f "$HOME/.npmrc" ] && printf 'npm_config_userconfig=%s\0' "$HOME/.npmrc"
}

# Runs one runtime-stage instruction; $1 is the app's port. Returns non-zero with a message on failure.
apply() {
  local instruction=$1 port=$2 keyword args
  keyword=${instruction%%[[:space:]]*}
  args=${instruction#"$keyword"}
  args=${args#"${args%%[![:space:]]*}"}
  case ${keyword^^} in
    WORKDIR)
      workdir=$root$(expand "$args")
      mkdir -p "$workdir"
      ;;
    ARG)
      local name=${args%%=*} default=""
      [[ $args == *=* ]] && default=$(expand "${args#*=}")
      vars[$name]=${build_args[$name]-$default}
      ;;
    ENV)
      local pair
      for pair in $args; do
        [[ $pair == *=* ]] || { echo "ENV must use key=value pairs: $instruction"; return 1; }
        pair=$(expand "$pair")
        vars[${pair%%=*}]=${pair#*=}
        env_vars[${pair%%=*}]=${pair#*=}
      done
      ;;
    COPY)
      local words=() from="" word
      read -r -a words <<<"$args"
      while [[ ${words[0]} == --* ]]; do
        [[ ${words[0]} == --from=* ]] && from=${words[0]#--from=}
        words=("${words[@]:1}")
      done
      local dest
      dest=$(in_image "$(expand "${words[-1]}")")
      unset 'words[-1]'
      [[ ${#words[@]} -gt 1 || $dest == */ ]] && mkdir -p "$dest"
      for word in "${words[@]}"; do
        word=$(expand "$word")
        if [ -n "$from" ]; then
          [ "$from" = build ] || { echo "unsupported COPY source stage $from"; return 1; }
          case $word in
            "$build_out"/*) word=$app_build${word#"$build_out"} ;;
            /app/*) word=$repo/${word#/app/} ;;
            *) echo "unsupported COPY source $word from stage build"; return 1 ;;
          esac
        else
          word=$repo/$word
        fi
        cp -R "$word" "$dest" || return 1
      done
      ;;
    RUN)
      while [[ $args == --* ]]; do args=${args#*[[:space:]]}; done # --mount=type=cache: the local npm cache serves
      local run_env=()
      mapfile -d '' -t run_env < <(build_env)
      (cd "$workdir" && env -i PATH="$tmp/.image-npm:$PATH" HOME="$root/root" npm_config_cache="$npm_cache" npm_config_prefer_offline=true \
        "${run_env[@]}" /bin/sh -c "$args")
      ;;
    EXPOSE)
      local exposed
      exposed=$(expand "$args")
      [ "$exposed" = "$port" ] || { echo "EXPOSE $exposed, but the app listens on $port"; return 1; }
      ;;
    HEALTHCHECK)
      while [[ $args == --* ]]; do args=${args#*[[:space:]]}; done
      [[ $args == CMD[[:space:]]* ]] || { echo "HEALTHCHECK needs CMD [...]: $instruction"; return 1; }
      mapfile -d '' -t health_cmd < <(json_array "${args#CMD}") && [ "${#health_cmd[@]}" -gt 0 ] || return 1
      ;;
    CMD)
      mapfile -d '' -t run_cmd < <(json_array "$args") && [ "${#run_cmd[@]}" -gt 0 ] || return 1
      ;;
    USER)
      # The node images' "node" user is uid/gid 1000; numeric users are taken as they are.
      local user
      user=$(expand "$args")
      case $user in
        node) run_as=1000:1000 ;;
        [0-9]*) run_as=$user ;;
        *) echo "unknown USER $user"; return 1 ;;
      esac
      ;;
    LABEL | STOPSIGNAL) ;;
    *)
      echo "verify-image.sh cannot replay $keyword; keep the runtime stage to the instructions it knows"
      return 1
      ;;
  esac
}

# The build stage's per-app part, in this checkout (the build stage's /app), writing to $app_build.
build_app() {
  local instruction keyword args
  vars=([APP]=${build_args[APP]})
  for instruction in "${build_per_app[@]}"; do
    keyword=${instruction%%[[:space:]]*}
    args=${instruction#"$keyword"}
    args=${args#"${args%%[![:space:]]*}"}
    [ "${keyword^^}" = RUN ] || { echo "the build stage's per-app part may only RUN: $instruction"; return 1; }
    args=$(expand "$args")
    # /image as a whole path (not inside scripts/image-contents.js) is the per-app output directory.
    args=$(printf '%s' "$args" | sed -E "s#(^|[[:space:]\"'])${build_out}([/[:space:]\"']|\$)#\\1${app_build}\\2#g")
    (cd "$repo" && /bin/sh -c "$args") || { echo "build stage: $instruction failed"; return 1; }
  done
  vars=()
}

# What the image holds: its app and no other, no test helpers, no embedded database, nothing only the
# devDependencies need, and every package its lock installs.
check_contents() {
  local app=$1 problems=()
  [ -f "$workdir/dist/apps/$app/main.js" ] || problems+=("no dist/apps/$app/main.js")
  local other_code
  other_code=$(cd "$workdir/dist/apps" && find . -name '*.js' ! -path "./$app/*" | head -3 | tr '\n' ' ')
  [ -z "$other_code" ] || problems+=("code of another app: $other_code")
  [ -e "$workdir/dist/libs/testing" ] && problems+=("dist/libs/testing (test helpers, token minting)")
  local found
  found=$(cd "$workdir" && node -e '
    const fs = require("fs");
    const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8"));
    const rootLock = JSON.parse(fs.readFileSync(process.argv[1], "utf8")).packages;
    const out = [];
    for (const name of ["@electric-sql/pglite", "@electric-sql/pglite-socket"]) if (fs.existsSync(`node_modules/${name}`)) out.push(`${name} (embedded database)`);
    for (const location of Object.keys(lock.packages)) {
      if (location && !lock.packages[location].optional && !fs.existsSync(location)) out.push(`${location} missing`);
    }
    for (const entry of fs.readdirSync("node_modules")) {
      const names = entry.startsWith("@") ? fs.readdirSync(`node_modules/${entry}`).map((n) => `${entry}/${n}`) : [entry];
      for (const name of names) {
        if (name.startsWith(".")) continue;
        if (!lock.packages[`node_modules/${name}`]) out.push(`node_modules/${name} not in the lock`);
        // dev in the repository lock: needed only by devDependencies (jest, typescript, @nestjs/testing...)
        if (rootLock[`node_modules/${name}`]?.dev) out.push(`${name} (only devDependencies need it)`);
      }
    }
    console.log(out.join("; "));' "$repo/package-lock.json")
  [ -n "$found" ] && problems+=("$found")
  if [ "$app" != upstream-stubs ] && grep -rlq "upstream-stubs" "$workdir/dist" --include='*.js' 2>/dev/null; then
    problems+=("code naming upstream-stubs: $(grep -rl "upstream-stubs" "$workdir/dist" --include='*.js' | head -3 | tr '\n' ' ')")
  fi
  [ "${#problems[@]}" -eq 0 ] || { printf 'contents: %s\n' "${problems[*]}"; return 1; }
}

# An embedded PostgreSQL from this checkout, standing in for the compose postgres service; prints its URL.
start_database() {
  local log=$1/database.log deadline=$((SECONDS + 30)) url=""
  (cd "$repo" && exec node -e '
    require("./dist/libs/database/src/embedded-postgres").startEmbeddedPostgres().then((db) => {
      console.log(db.url);
      process.on("SIGTERM", () => db.stop().then(() => process.exit(0)));
    });') >"$log" 2>&1 &
  echo "$!" >"$1/database.pid"
  while [ $SECONDS -lt $deadline ] && [ -z "$url" ]; do
    url=$(grep -m1 '^postgres://' "$log" 2>/dev/null)
    [ -z "$url" ] && sleep 0.25
  done
  printf '%s' "$url"
}

status_of() { # HTTP status of $2 (GET unless $1 says otherwise) on the running app, as the health check's consumer (000 when it does not answer)
  node -e '
    const headers = process.argv[3] ? { "subject-distinguished-name": process.argv[3] } : {};
    fetch(process.argv[2], { method: process.argv[1], headers, signal: AbortSignal.timeout(3000) })
      .then((r) => console.log(r.status), () => console.log("000"))' "$1" "$2" "${env_vars[HEALTHCHECK_SUBJECT_DN]-}"
}

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

# The token-minting paths of the stubs' HMPPS Auth: a service image must not answer them.
MINTING_PATHS=(/auth/oauth/token /__admin/token)

verify_app() {
  local app=$1 port=$2 database=$3 log=$4
  vars=()
  env_vars=()
  run_as=""
  health_cmd=()
  run_cmd=()
  root=$tmp/$app/root
  app_build=$tmp/$app/build
  workdir=$root
  mkdir -p "$root" "$app_build"
  build_args=([APP]=$app [PORT]=$port)
  build_app >>"$log" 2>&1 || { echo "build stage failed (see its output)"; return 1; }
  local instruction
  for instruction in "${stage[@]}"; do
    apply "$instruction" "$port" >>"$log" 2>&1 || { echo "instruction failed: $instruction"; return 1; }
  done
  [ "${#run_cmd[@]}" -gt 0 ] || { echo "no CMD"; return 1; }
  [ "${#health_cmd[@]}" -gt 0 ] || { echo "no HEALTHCHECK"; return 1; }
  check_contents "$app" || return 1
  # As in the image, the app's files belong to root and are only readable by its user: an app that writes
  # outside /tmp fails here as it would on a read-only root filesystem.
  chmod 755 "$tmp" "$tmp/$app" "$root"
  # The env file reaches a container as a mount, readable by its user wherever the checkout lives.
  install -m 644 "$env_file" "$root/app.env"

  local item local_port
  while IFS= read -r -d '' item; do
    case $item in
      env\ *) item=${item#env }; env_vars[${item%%=*}]=${item#*=} ;;
      mount\ *)
        read -r _ source target <<<"$item"
        mkdir -p "$(dirname "$(in_image "$target")")"
        cp -R "$repo/${source#./}" "$(in_image "$target")"
        ;;
    esac
  done < <(compose_service "$app")
  if [ "$database" = true ]; then
    env_vars[DATABASE_URL]=$(start_database "$tmp/$app")
    [ -n "${env_vars[DATABASE_URL]}" ] || { echo "the stand-in database did not start: $(tail -n 3 "$tmp/$app/database.log")"; return 1; }
  fi
  local_port=$(free_port)
  env_vars[PORT]=$local_port
  env_vars[HOST]=127.0.0.1
  env_vars[ENV_FILE]=$root/app.env
  env_vars[PATH]=$PATH
  env_vars[HOME]=$root/home/node
  mkdir -p "${env_vars[HOME]}"
  local runtime_env=() as_user=()
  mapfile -d '' -t runtime_env < <(env_list)
  # Switching user needs root; otherwise the app already runs as this (non-root) user.
  if [ -n "$run_as" ] && [ "$(id -u)" = 0 ]; then
    chown "$run_as" "${env_vars[HOME]}"
    as_user=(setpriv --reuid="${run_as%%:*}" --regid="${run_as##*:}" --clear-groups --)
  fi

  (cd "$workdir" && exec "${as_user[@]}" env -i "${runtime_env[@]}" "${run_cmd[@]}") >>"$log" 2>&1 &
  local pid=$! deadline=$((SECONDS + start_timeout_s)) healthy=0
  while [ $SECONDS -lt $deadline ]; do
    kill -0 "$pid" 2>/dev/null || { wait "$pid"; echo "exited with status $? before its health check passed"; return 1; }
    if (cd "$workdir" && "${as_user[@]}" env -i "${runtime_env[@]}" "${health_cmd[@]}") >/dev/null 2>&1; then healthy=1; break; fi
    sleep 0.5
  done
  if [ "$healthy" -eq 0 ]; then
    kill -KILL "$pid" 2>/dev/null
    echo "HEALTHCHECK (${health_cmd[*]}) did not pass within ${start_timeout_s} s"
    return 1
  fi
  local ready
  ready=$(status_of GET "http://127.0.0.1:$local_port/health/readiness")
  [ "$ready" = 200 ] || { kill -KILL "$pid"; echo "/health/readiness answered $ready while running"; return 1; }
  if [ "$app" != upstream-stubs ]; then
    local minting path
    for path in "${MINTING_PATHS[@]}"; do
      minting=$(status_of POST "http://127.0.0.1:$local_port$path")
      [[ $minting == 2* ]] && { kill -KILL "$pid"; echo "POST $path answered $minting: a service image must not mint tokens"; return 1; }
    done
  fi

  kill -TERM "$pid"
  sleep 0.5
  local draining
  draining=$(status_of GET "http://127.0.0.1:$local_port/health/readiness")
  deadline=$((SECONDS + stop_timeout_s))
  while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.25; done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid"
    echo "still running ${stop_timeout_s} s after SIGTERM"
    return 1
  fi
  wait "$pid"
  local rc=$?
  [ "$draining" = 503 ] || { echo "/health/readiness answered $draining after SIGTERM (expected 503 while draining)"; return 1; }
  [ "$rc" -eq 0 ] || { echo "exited with status $rc after SIGTERM"; return 1; }
  echo "contents ok ($(ls "$workdir/node_modules" | wc -l) top-level packages), healthy, readiness 503 on SIGTERM, exit 0"
}

only=${VERIFY_IMAGE_APPS:-} # e.g. VERIFY_IMAGE_APPS="learner-records" to replay one image
for line in "${app_lines[@]}"; do
  read -r app port database <<<"$line"
  [ -n "$only" ] && [[ " $only " != *" $app "* ]] && continue
  mkdir -p "$tmp/$app"
  log="$tmp/$app/output.log"
  : >"$log"
  started=$SECONDS
  if result=$(verify_app "$app" "$port" "$database" "$log"); then
    passed=$((passed + 1))
    echo "ok   $app (port $port): $result ($((SECONDS - started)) s)"
  else
    failed=$((failed + 1))
    echo "FAIL $app (port $port): $result"
    echo "---- last lines of its output:"
    tail -n 25 "$log"
    echo "----"
  fi
  stop_databases
done

finish
