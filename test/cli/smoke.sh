#!/usr/bin/env bash
# Smoke test of the BUILT binary (dist/cli.js): run after `npm run build`. Checks exit codes and
# key output of validate and score, and that no failure prints a stack trace.
set -euo pipefail
cd "$(dirname "$0")/../.."

CLI=${CLI:-dist/cli.js}
[[ -f $CLI ]] || { echo "smoke: $CLI is missing; run npm run build first" >&2; exit 1; }
head -n 1 "$CLI" | grep -qx '#!/usr/bin/env node' || { echo "smoke: $CLI lacks its #!/usr/bin/env node line" >&2; exit 1; }

failures=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT

fail() {
  echo "✖ $1" >&2
  sed 's/^/    /' "$out" >&2
  failures=$((failures + 1))
}

# expect <exit code> <text the output must contain> -- <cli arguments…>
expect() {
  local want=$1 needle=$2 code=0
  shift 3
  node "$CLI" "$@" >"$out" 2>&1 || code=$?
  if [[ $code -ne $want ]]; then fail "readiness-kit $*: exit $code, expected $want"
  elif ! grep -qF -- "$needle" "$out"; then fail "readiness-kit $*: output lacks \"$needle\""
  elif grep -qE '^\s+at ' "$out"; then fail "readiness-kit $*: printed a stack trace"
  else echo "✔ readiness-kit $* (exit $code)"
  fi
}

expect 0 '✔ minimal@1.0.0: 1 section, 2 questions, 2 dimensions — valid' -- validate examples/definitions/minimal.json
expect 1 '[duplicate_id]' -- validate examples/definitions/broken.json
expect 1 '[condition_on_later_question]' -- validate examples/definitions/broken.json
expect 1 '[unknown_dimension]' -- validate examples/definitions/broken.json
expect 1 'cannot read examples/nope.json: no such file [file_not_found]' -- validate examples/nope.json
expect 0 'Readiness index' -- score examples/answers/enterprise-saas.json --format table
expect 0 'b2b-social-media@' -- score examples/answers/enterprise-saas.json --format table
expect 0 '"questionnaireId": "b2b-social-media"' -- score examples/answers/enterprise-saas.json --format json
expect 0 'minimal@1.0.0' -- score examples/answers/empty.json --questionnaire examples/definitions/minimal.json
expect 0 '準備度指數' -- score examples/answers/enterprise-saas.json --locale zh-Hant
expect 0 'Muhimman alƙaluma' -- score examples/answers/enterprise-saas.json --locale ha --currency NGN
expect 0 '— (nothing answered yet)' -- score examples/answers/empty.json
expect 2 "'dollars' is not a currency code" -- score examples/answers/enterprise-saas.json --currency dollars
expect 1 '[unknown_question]' -- score examples/answers/enterprise-saas.json --questionnaire examples/definitions/minimal.json
expect 2 "unknown option '--colour'" -- score examples/answers/enterprise-saas.json --colour red
expect 2 "unknown command 'frobnicate'" -- frobnicate
expect 0 "$(node -p "require('./package.json').version")" -- --version
expect 0 'scored 3 of 3 lines in examples/answers/respondents.ndjson' -- score --ndjson examples/answers/respondents.ndjson
expect 1 'cannot read examples/nope.ndjson: no such file [file_not_found]' -- score --ndjson examples/nope.ndjson
expect 2 '--format does not apply to --ndjson' -- score --ndjson examples/answers/respondents.ndjson --format json

# The JSON output must parse, and stdout must hold nothing but the profile.
node "$CLI" score examples/answers/enterprise-saas.json --format json 2>/dev/null \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const p=JSON.parse(s);if(typeof p.index!=="number")process.exit(1)})' \
  && echo "✔ score --format json prints parseable JSON" \
  || { echo "✖ score --format json did not print a parseable profile" >&2; failures=$((failures + 1)); }

# score --ndjson: one parseable record a line on stdout, a bad line from stdin reported by number, exit 1.
records=$(mktemp)
code=0
printf '%s\n' "$(head -n 1 examples/answers/respondents.ndjson)" '[1]' | node "$CLI" score --ndjson - >"$records" 2>"$out" || code=$?
if [[ $code -eq 1 ]] \
  && node -e 'const l=require("fs").readFileSync(0,"utf8").trim().split("\n");if(l.length!==1||JSON.parse(l[0]).id!=="crm-1001")process.exit(1)' <"$records" \
  && grep -qF '(stdin):2: answers: expected object, received array [invalid_type]' "$out"; then
  echo "✔ score --ndjson - prints one record a line and reports the bad line (exit 1)"
else
  fail "score --ndjson - (exit $code): expected one record on stdout and line 2 reported"
fi
rm -f "$records"

# The issue's hostile files, through the real file system and process: exit 1 with coded issues, never
# 2 (usage) or 70 (internal), and a report of 100 issues and "and N more", not 100,000 lines.
hostile=$(mktemp -d)
node -e '
const fs = require("fs");
const dir = process.argv[1];
const minimal = JSON.parse(fs.readFileSync("examples/definitions/minimal.json", "utf8"));
const rule = (when) => JSON.stringify({ ...minimal, rules: [{ id: "deep", priority: "high", title: "t", body: "b", when: 0 }] }).replace("\"when\":0", `"when":${when}`);
fs.writeFileSync(`${dir}/not.json`, rule(`${"{\"not\":".repeat(100000)}{"question":"platform","answered":true}${"}".repeat(100000)}`));
fs.writeFileSync(`${dir}/all.json`, rule(`${"{\"all\":[".repeat(5001)}{"question":"platform","answered":true}${"]}".repeat(5001)}`));
fs.writeFileSync(`${dir}/sections.json`, JSON.stringify({ ...minimal, sections: Array.from({ length: 100000 }, (_, i) => ({ id: `s${i}`, title: "S", questions: [] })) }));
fs.writeFileSync(`${dir}/infinite.json`, JSON.stringify(minimal).replace("\"platforms\":4", "\"platforms\":1e999"));
fs.writeFileSync(`${dir}/next-steps.json`, JSON.stringify({ next_steps: Array(100000).fill("linkedin") }));
' "$hostile"
expect 1 'is nested more than 64 levels deep [too_deep]' -- validate "$hostile/not.json"
expect 1 'is nested more than 64 levels deep [too_deep]' -- validate "$hostile/all.json"
expect 1 '✖ (root): and 99900 more issues, not listed [more_issues]' -- validate "$hostile/sections.json"
if [[ $(node "$CLI" validate "$hostile/sections.json" 2>&1 | wc -l) -ne 103 ]]; then
  echo "✖ validate of 100,000 empty sections printed more than 100 issues" >&2; failures=$((failures + 1))
else echo "✔ validate of 100,000 empty sections prints 100 issues, 'and 99900 more' and the count"; fi
expect 1 'must be a finite number, received Infinity [not_finite]' -- validate "$hostile/infinite.json"
expect 1 'answers.next_steps' -- score "$hostile/next-steps.json"
rm -rf "$hostile"

if [[ $failures -gt 0 ]]; then
  echo "smoke: $failures check(s) failed" >&2
  exit 1
fi
echo "smoke: all checks passed"
