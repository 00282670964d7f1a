#!/usr/bin/env python3
"""Post cases to a running `conduct serve` and print each decision (standard library only).

    python3 server/python/decide.py [--url http://127.0.0.1:8080] [--token-file FILE] [--as-at YYYY-MM-DD] CASES.jsonl

The cases file is one JSON case, an array, or JSON Lines (docs/contract.md). Each answer line is a decision, or
{"problem": ...} for a case that could not be read; both are printed, one line per case, in input order.
Exit status: 0 every case decided; 1 some case could not be read; 2 the service could not be reached.
"""
import argparse
import json
import sys
import urllib.error
import urllib.parse
import urllib.request


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases")
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--token-file")
    parser.add_argument("--as-at")
    args = parser.parse_args()

    with open(args.cases, "rb") as f:
        body = f.read()
    query = "?" + urllib.parse.urlencode({"as_at": args.as_at}) if args.as_at else ""
    request = urllib.request.Request(args.url.rstrip("/") + "/v1/decisions" + query, data=body, method="POST",
                                     headers={"Content-Type": "application/x-ndjson"})
    if args.token_file:
        with open(args.token_file, encoding="utf-8") as t:
            request.add_header("Authorization", "Bearer " + t.read().strip())
    try:
        with urllib.request.urlopen(request) as response:
            status, text = response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode("utf-8")
        if status != 422:  # 422: some case could not be read; the others are still answered
            print(f"the service answered {status}: {text}", file=sys.stderr)
            return 2
    except urllib.error.URLError as e:
        print(f"cannot reach {args.url}: {e.reason}", file=sys.stderr)
        return 2

    unreadable = 0
    for line in text.splitlines():
        answer = json.loads(line)
        if "problem" in answer:
            unreadable += 1
            print(f"problem: {answer['problem']['message']}")
            continue
        outcome = answer["outcome"]
        lawful = "" if outcome is None else f", {outcome['decided']} {'lawful' if outcome['lawful'] else 'NOT lawful'}"
        print(f"{answer['case']}: {answer['regime']}, open {', '.join(answer['available_outcomes']) or 'none'}{lawful}")
    return 1 if unreadable else 0


if __name__ == "__main__":
    sys.exit(main())
