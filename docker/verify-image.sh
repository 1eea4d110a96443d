#!/usr/bin/env bash
# Replays the runtime stage of docker/Dockerfile for every app without a Docker engine (CI has none), so a
# broken image recipe fails CI. The stage's instructions are read from the Dockerfile itself, with "/" of
# the image being a temporary directory:
#   - everything before `ARG APP` (production install, built dist/, health-check script) runs ONCE, as
#     the shared layers do; `COPY --from=build /app/x` takes x from this checkout, built if needed;
#   - then, per app (scripts/apps.js): its ARGs, RUN checks, ENV, USER, EXPOSE (must be the app's port),
#     HEALTHCHECK and CMD; the app starts with the image's command and env in a clean environment, as the
#     image's user over root-owned files (so writes outside /tmp fail as on a read-only root), like
#     `docker run -e ENV_FILE=... -p <free>:<port>`: ENV_FILE is this checkout's .env.local, plus what the
#     compose "local" service sets except addresses of other containers (no DATABASE_URL: embedded
#     database), and PORT a free loopback port;
#   - the image's own HEALTHCHECK command must pass; after SIGTERM /health/readiness must answer 503
#     (draining) and the process must exit 0.
# Supported syntax: ${VAR} substitution, ENV key=value pairs, exec-form (JSON) CMD and HEALTHCHECK.
# Output ends with "verify-image: N passed, N failed"; the exit status is non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dockerfile=docker/Dockerfile
env_file=${VERIFY_IMAGE_ENV_FILE:-$repo/.env.local} # the override is for trying out an env file before committing it
start_timeout_s=90
stop_timeout_s=30

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

mapfile -t app_lines < <(node -p "require('./scripts/apps.js').apps.map((a) => a.name + ' ' + a.port).join('\n')")

compose_env() { # NAME=value words the compose "local" service of app $1 adds, except addresses of other containers
  node -e '
    const compose = require("yaml").parse(require("fs").readFileSync("docker-compose.yml", "utf8"), { merge: true });
    const service = Object.values(compose.services).find((s) => s.profiles?.includes("local") && s.build?.args?.APP === process.argv[1]);
    for (const [name, value] of Object.entries(service?.environment ?? {})) {
      if (!String(value).includes("://")) process.stdout.write(`${name}=${value}\0`);
    }' "$1"
}

missing_build=0
for line in "${app_lines[@]}"; do [ -f "dist/apps/${line%% *}/main.js" ] || missing_build=1; done
if [ "$missing_build" -eq 1 ]; then
  echo "==> dist/ is incomplete: npm run build"
  npm run --silent build || { echo "FAIL npm run build"; failed=1; finish; }
fi

# The runtime stage, one instruction per line: comments dropped, continuation lines joined.
mapfile -t stage < <(awk '
  /^[[:space:]]*#/ { next }
  { line = line $0 }
  /\\[[:space:]]*$/ { sub(/\\[[:space:]]*$/, "", line); next }
  {
    if (in_stage && line ~ /^FROM[[:space:]]/) exit
    if (in_stage && line ~ /[^[:space:]]/) print line
    if (line ~ /^FROM[[:space:]].*[[:space:]][Aa][Ss][[:space:]]+runtime[[:space:]]*$/) in_stage = 1
    line = ""
  }' "$dockerfile")
if [ "${#stage[@]}" -eq 0 ]; then
  echo "FAIL $dockerfile has no stage named runtime"
  failed=1
  finish
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
npm_cache=$(npm config get cache)

# The base image's Node and npm, not this machine's: npm majors differ in what `npm ci` accepts.
image_node_major=$(sed -nE 's/^ARG NODE_IMAGE=node:([0-9]+).*/\1/p' "$dockerfile")
if [ "$(node -p 'process.versions.node.split(".")[0]')" != "$image_node_major" ]; then
  echo "FAIL the image runs Node ${image_node_major:-?}, this machine $(node -v): the replay would not be faithful"
  failed=1
  finish
fi
case $image_node_major in
  20 | 22) image_npm=npm@10 ;; # the npm those images bundle
  *) image_npm=npm@11 ;;
esac
mkdir -p "$root/.image-npm"
printf '#!/bin/sh\nexec npx --yes %s "$@"\n' "$image_npm" >"$root/.image-npm/npm"
chmod +x "$root/.image-npm/npm"

declare -A vars=()     # what ${VAR} expands to while building: ARGs and ENVs
declare -A env_vars=() # what the container's environment holds: ENVs only
workdir=$root
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

# Runs one instruction; $1 is the app's port ("" in the shared part). Returns non-zero with a message on failure.
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
          # The build stage is this checkout at /app after `npm ci` and `npm run build`.
          [[ $from == build && $word == /app/* ]] || { echo "unsupported COPY source $word from stage $from"; return 1; }
          word=${word#/app/}
        fi
        cp -R "$repo/$word" "$dest" || return 1
      done
      ;;
    RUN)
      while [[ $args == --* ]]; do args=${args#*[[:space:]]}; done # --mount=type=cache: the local npm cache serves
      local build_env=()
      for name in "${!vars[@]}"; do build_env+=("$name=${vars[$name]}"); done
      (cd "$workdir" && env -i PATH="$root/.image-npm:$PATH" HOME="$root/root" npm_config_cache="$npm_cache" npm_config_prefer_offline=true \
        "${build_env[@]}" /bin/sh -c "$args")
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

status_of() { # HTTP status of GET $1 on the running app, as the health check's consumer (000 when it does not answer)
  node -e '
    const headers = process.argv[2] ? { "subject-distinguished-name": process.argv[2] } : {};
    fetch(process.argv[1], { headers, signal: AbortSignal.timeout(3000) })
      .then((r) => console.log(r.status), () => console.log("000"))' "$1" "${env_vars[HEALTHCHECK_SUBJECT_DN]-}"
}

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

split=0
for i in "${!stage[@]}"; do
  if [[ ${stage[$i]} =~ ^ARG[[:space:]]+APP([=[:space:]]|$) ]]; then split=$i; break; fi
done
if [ "$split" -eq 0 ]; then
  echo "FAIL the runtime stage has no ARG APP"
  failed=1
  finish
fi

declare -A build_args=()
echo "==> shared layers (once): $(printf '%s; ' "${stage[@]:0:split}")"
started=$SECONDS
for instruction in "${stage[@]:0:split}"; do
  if ! apply "$instruction" ""; then
    echo "FAIL shared layers: $instruction"
    failed=1
    finish
  fi
done
echo "    done in $((SECONDS - started)) s"
shared_workdir=$workdir
shared_vars=$(declare -p vars env_vars)
shared_run_as=$run_as
# As in the image, the app's files belong to root and are only readable by its user: an app that writes
# outside /tmp or its data directory fails here as it would on a read-only root filesystem.
chmod 755 "$root"
# The env file reaches a container as a mount, readable by its user wherever the checkout lives (a
# checkout under a private directory, such as one made by mktemp -d, is not readable by the image's user).
install -m 644 "$env_file" "$root/app.env"
env_file=$root/app.env

verify_app() {
  local app=$1 port=$2 log=$3
  eval "$shared_vars"
  workdir=$shared_workdir
  run_as=$shared_run_as
  health_cmd=()
  run_cmd=()
  build_args=([APP]=$app [PORT]=$port)
  local instruction
  for instruction in "${stage[@]:split}"; do
    apply "$instruction" "$port" >>"$log" 2>&1 || { echo "instruction failed: $instruction"; return 1; }
  done
  [ "${#run_cmd[@]}" -gt 0 ] || { echo "no CMD"; return 1; }
  [ "${#health_cmd[@]}" -gt 0 ] || { echo "no HEALTHCHECK"; return 1; }

  local pair local_port
  while IFS= read -r -d '' pair; do env_vars[${pair%%=*}]=${pair#*=}; done < <(compose_env "$app")
  local_port=$(free_port)
  env_vars[PORT]=$local_port
  env_vars[HOST]=127.0.0.1
  env_vars[ENV_FILE]=$env_file
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
  ready=$(status_of "http://127.0.0.1:$local_port/health/readiness")
  [ "$ready" = 200 ] || { kill -KILL "$pid"; echo "/health/readiness answered $ready while running"; return 1; }

  kill -TERM "$pid"
  sleep 0.5
  local draining
  draining=$(status_of "http://127.0.0.1:$local_port/health/readiness")
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
  echo "healthy, readiness 503 on SIGTERM, exit 0"
}

for line in "${app_lines[@]}"; do
  app=${line%% *}
  port=${line##* }
  log="$root/$app.log"
  : >"$log"
  started=$SECONDS
  if result=$(verify_app "$app" "$port" "$log"); then
    passed=$((passed + 1))
    echo "ok   $app (port $port): $result ($((SECONDS - started)) s)"
  else
    failed=$((failed + 1))
    echo "FAIL $app (port $port): $result"
    echo "---- last lines of its output:"
    tail -n 25 "$log"
    echo "----"
  fi
done

finish
