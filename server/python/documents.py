#!/usr/bin/env python3
"""Ask a running `conduct serve` for the document each case calls for, and list what the force must fill in
(standard library only).

    python3 server/python/documents.py [--url http://127.0.0.1:8080] [--token-file FILE] [--as-at YYYY-MM-DD] \
        outcome_notice|barred_list_report|advisory_list_report CASES.jsonl

For each case, in input order, one line: the document's due date where it has one and the keys of the fields left
blank for the force's system (a name, a date of birth, an identifying number, the narrative), or why no document is
written. Exit status: 0 every case answered; 1 some case could not be read; 2 the service could not be reached or
refused the request.
"""
import argparse
import json
import sys
import urllib.error
import urllib.parse
import urllib.request


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["outcome_notice", "barred_list_report", "advisory_list_report"])
    parser.add_argument("cases")
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--token-file")
    parser.add_argument("--as-at")
    args = parser.parse_args()

    with open(args.cases, "rb") as f:
        body = f.read()
    query = "?" + urllib.parse.urlencode({"as_at": args.as_at}) if args.as_at else ""
    request = urllib.request.Request(args.url.rstrip("/") + "/v1/documents/" + args.kind + query, data=body,
                                     method="POST", headers={"Content-Type": "application/x-ndjson"})
    if args.token_file:
        with open(args.token_file, encoding="utf-8") as t:
            request.add_header("Authorization", "Bearer " + t.read().strip())
    try:
        with urllib.request.urlopen(request) as response:
            text = response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        text = e.read().decode("utf-8")
        if e.code != 422:  # 422: some case could not be read; the others are still answered
            print(f"the service answered {e.code}: {text}", file=sys.stderr)
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
        elif "not_written" in answer:
            why = answer["not_written"]
            print(f"{answer['case']}: no {answer['document']} ({why['reason']}): {why['because']}")
        else:
            fields = answer["fields"]
            due = next((f["value"] for f in fields if f["key"] == "due_by"), None)
            blanks = [f["key"] for f in fields if f["source"] == "blank"]
            print(f"{answer['case']}: {answer['document']}" + (f", due by {due}" if due else "")
                  + f"; to fill in: {', '.join(blanks) or 'nothing'}")
    return 1 if unreadable else 0


if __name__ == "__main__":
    sys.exit(main())
