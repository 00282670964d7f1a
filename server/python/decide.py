#!/usr/bin/env python3
"""Post cases to a running `conduct serve` and print each decision, or each document (standard library only).

    python3 server/python/decide.py [--url http://127.0.0.1:8080] [--token-file FILE] [--as-at YYYY-MM-DD] \
        [--document outcome_notice|barred_list_report|advisory_list_report] CASES.jsonl

The cases file is one JSON case, an array, or JSON Lines (docs/contract.md). One line is printed per case, in input
order: its decision; or, with --document, the document's due date where it has one and the keys of the fields left
blank for the force's system (a name, a date of birth, an identifying number, the narrative), or why no document is
written; or the problem of a case that could not be read.
Exit status: 0 every case answered; 1 some case could not be read; 2 the service could not be reached or refused.
"""
import argparse
import json
import sys
import urllib.error
import urllib.parse
import urllib.request


def decision(answer) -> str:
    outcome = answer["outcome"]
    lawful = "" if outcome is None else f", {outcome['decided']} {'lawful' if outcome['lawful'] else 'NOT lawful'}"
    return f"{answer['case']}: {answer['regime']}, open {', '.join(answer['available_outcomes']) or 'none'}{lawful}"


def document(answer) -> str:
    if "not_written" in answer:
        why = answer["not_written"]
        return f"{answer['case']}: no {answer['document']} ({why['reason']}): {why['because']}"
    fields = answer["fields"]
    due = next((f["value"] for f in fields if f["key"] == "due_by"), None)
    blanks = [f["key"] for f in fields if f["source"] == "blank"]
    return (f"{answer['case']}: {answer['document']}" + (f", due by {due}" if due else "")
            + f"; to fill in: {', '.join(blanks) or 'nothing'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases")
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--token-file")
    parser.add_argument("--as-at")
    parser.add_argument("--document", choices=["outcome_notice", "barred_list_report", "advisory_list_report"])
    args = parser.parse_args()

    with open(args.cases, "rb") as f:
        body = f.read()
    path = "/v1/documents/" + args.document if args.document else "/v1/decisions"
    query = "?" + urllib.parse.urlencode({"as_at": args.as_at}) if args.as_at else ""
    request = urllib.request.Request(args.url.rstrip("/") + path + query, data=body, method="POST",
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
        print(document(answer) if args.document else decision(answer))
    return 1 if unreadable else 0


if __name__ == "__main__":
    sys.exit(main())
